/* fv-export-meta.h — what an exported file says of itself: title, description, source
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "fv-chart.h"

G_BEGIN_DECLS

typedef struct
{
  char *title;        /* the chart's title */
  char *description;  /* what it shows, as the window tells a screen reader */
  char *source;       /* the source line under it */
  char *keywords;     /* who it is about: the actors of its facts */
  char *software;     /* "Fact Viewer 0.1.0" */
  char *created;      /* RFC 1123, in GMT; SOURCE_DATE_EPOCH's when set */
  char *created_iso;  /* the same as ISO 8601, for a PDF */
} FvExportMeta;

/* A cairo writer that puts the metadata into a PNG or an SVG as cairo
 * writes it, and hands every byte on to WRITE. */
typedef struct
{
  const FvExportMeta *meta;
  gboolean            svg;
  cairo_write_func_t  write;
  void               *closure;
  GByteArray         *held;  /* bytes kept until the place for the metadata is seen */
  gboolean            done;  /* the metadata is out: the rest passes through */
} FvMetaFilter;

void           fv_export_meta_init        (FvExportMeta       *meta,
                                           FvModel            *model,
                                           const FvChart      *chart,
                                           const char * const *languages);
void           fv_export_meta_init_sheet  (FvExportMeta       *meta,
                                           FvModel            *model,
                                           const char * const *languages);
void           fv_export_meta_clear       (FvExportMeta       *meta);
void           fv_export_meta_set_pdf     (const FvExportMeta *meta,
                                           cairo_surface_t    *surface);

void           fv_meta_filter_init        (FvMetaFilter       *filter,
                                           const FvExportMeta *meta,
                                           gboolean            svg,
                                           cairo_write_func_t  write,
                                           void               *closure);
cairo_status_t fv_meta_filter_write       (void                *filter,
                                           const unsigned char *data,
                                           unsigned int         length);
cairo_status_t fv_meta_filter_finish      (FvMetaFilter       *filter);

G_END_DECLS
