/* fv-chart-export.h — a chart as a PNG, SVG or PDF file, drawn afresh at any size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-chart.h"
#include "fv-fact-sheet.h"

G_BEGIN_DECLS

#define FV_CHART_EXPORT_MIN_SIZE   200
#define FV_CHART_EXPORT_MAX_SIZE   8000
#define FV_CHART_EXPORT_MAX_SCALE  4
/* The memory an image may take, four bytes a pixel: 268 million pixels. */
#define FV_CHART_EXPORT_MAX_BYTES  ((guint64) 1 << 30)

#define FV_CHART_EXPORT_ERROR (fv_chart_export_error_quark ())

typedef enum
{
  FV_CHART_EXPORT_ERROR_SIZE,   /* width, height or scale out of range */
  FV_CHART_EXPORT_ERROR_WRITE,  /* the file could not be written */
} FvChartExportError;

typedef enum
{
  FV_CHART_FORMAT_PNG,  /* pixels */
  FV_CHART_FORMAT_SVG,  /* vectors, for the web */
  FV_CHART_FORMAT_PDF,  /* vectors, for print */
} FvChartFormat;

/* How far an export in a worker is, for a progress bar. */
typedef enum
{
  FV_CHART_EXPORT_PHASE_WAITING,  /* not started */
  FV_CHART_EXPORT_PHASE_DRAWING,  /* drawing the image in memory */
  FV_CHART_EXPORT_PHASE_WRITING,  /* compressing it into the file */
  FV_CHART_EXPORT_PHASE_DONE,     /* the file is in place */
} FvChartExportPhase;

typedef struct _FvChartExportProgress FvChartExportProgress;

GQuark   fv_chart_export_error_quark (void);

gboolean fv_chart_export_check_size  (int                 width,
                                      int                 height,
                                      int                 scale,
                                      GError            **error);

FvChartExportProgress *fv_chart_export_progress_new         (void);
FvChartExportProgress *fv_chart_export_progress_ref         (FvChartExportProgress *progress);
void                   fv_chart_export_progress_unref       (FvChartExportProgress *progress);
FvChartExportPhase     fv_chart_export_progress_get_phase   (FvChartExportProgress *progress);
guint64                fv_chart_export_progress_get_written (FvChartExportProgress *progress);

gboolean fv_chart_format_from_name   (const char            *name,
                                      FvChartFormat         *format);
gboolean fv_chart_export             (FvModel               *model,
                                      const FvChart         *chart,
                                      FvChartFormat          format,
                                      int                    width,
                                      int                    height,
                                      int                    scale,
                                      const FvChartStyle    *style,
                                      const char * const    *languages,
                                      const FvChartTime     *time,
                                      const char            *path,
                                      GError               **error);
void     fv_chart_export_page_size   (FvPaper                paper,
                                      int                   *width,
                                      int                   *height);
gboolean fv_chart_export_page        (FvModel               *model,
                                      const FvChart         *chart,
                                      FvPaper                paper,
                                      int                    width,
                                      int                    height,
                                      const FvChartStyle    *style,
                                      const char * const    *languages,
                                      const FvChartTime     *time,
                                      const char            *path,
                                      GError               **error);
void     fv_chart_export_async       (FvModel               *model,
                                      const FvChart         *chart,
                                      FvChartFormat          format,
                                      int                    width,
                                      int                    height,
                                      int                    scale,
                                      const FvChartStyle    *style,
                                      const char * const    *languages,
                                      const FvChartTime     *time,
                                      const char            *path,
                                      FvChartExportProgress *progress,
                                      GCancellable          *cancellable,
                                      GAsyncReadyCallback    callback,
                                      gpointer               user_data);
gboolean fv_chart_export_finish      (GAsyncResult          *result,
                                      GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvChartExportProgress, fv_chart_export_progress_unref)

G_END_DECLS
