/* fv-chart-export.c — a chart as a PNG, SVG or PDF file, drawn afresh at any size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each file carries the chart's title, its description and its source
 * (fv-export-meta.c): a PNG's drawing holds its words as pixels, an SVG's
 * as outlines, and none of them says what the chart shows in a sentence.
 *
 * The file goes where fv-output.c says: a file is replaced only once the
 * new one is complete, so that a full disk or a crash never leaves half a
 * file, nor destroys the file that was there; a symbolic link is written
 * through, standard output, a FIFO or a device directly.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "fv-chart-export.h"
#include "fv-export-meta.h"
#include "fv-output.h"

G_DEFINE_QUARK (fv-chart-export-error-quark, fv_chart_export_error)

gboolean
fv_chart_export_check_size (int      width,
                            int      height,
                            int      scale,
                            GError **error)
{
  if (width < FV_CHART_EXPORT_MIN_SIZE || width > FV_CHART_EXPORT_MAX_SIZE ||
      height < FV_CHART_EXPORT_MIN_SIZE || height > FV_CHART_EXPORT_MAX_SIZE)
    {
      g_set_error (error, FV_CHART_EXPORT_ERROR, FV_CHART_EXPORT_ERROR_SIZE,
                   _("A chart is from %d to %d pixels wide and high, not %d × %d"),
                   FV_CHART_EXPORT_MIN_SIZE, FV_CHART_EXPORT_MAX_SIZE, width, height);
      return FALSE;
    }

  if (scale < 1 || scale > FV_CHART_EXPORT_MAX_SCALE)
    {
      g_set_error (error, FV_CHART_EXPORT_ERROR, FV_CHART_EXPORT_ERROR_SIZE,
                   _("The scale is from 1 to %d, not %d"), FV_CHART_EXPORT_MAX_SCALE, scale);
      return FALSE;
    }

  /* The image is drawn whole in memory, four bytes a pixel: 8000 × 8000 at
   * scale 4 would take 4 GB and most of a minute. At most a gigabyte, and
   * at most half the memory that is free. */
  {
    guint64 bytes = (guint64) width * scale * height * scale * 4;
    long pages = sysconf (_SC_AVPHYS_PAGES), page_size = sysconf (_SC_PAGESIZE);
    guint64 limit = FV_CHART_EXPORT_MAX_BYTES;

    if (pages > 0 && page_size > 0)
      limit = MIN (limit, (guint64) pages * page_size / 2);
    if (bytes > limit)
      {
        g_autofree char *needed = g_format_size (bytes);
        g_autofree char *allowed = g_format_size (limit);

        g_set_error (error, FV_CHART_EXPORT_ERROR, FV_CHART_EXPORT_ERROR_SIZE,
                     _("An image of %d × %d pixels would take %s of memory, more than the %s "
                       "it may: choose a smaller size or scale"),
                     width * scale, height * scale, needed, allowed);
        return FALSE;
      }
  }

  return TRUE;
}

/* What a running export has done, read by another thread: the window's
 * progress bar polls it while the export runs in a worker. */
struct _FvChartExportProgress
{
  atomic_int      ref_count;
  atomic_int      phase;    /* FvChartExportPhase */
  atomic_uint_fast64_t written;
};

/**
 * fv_chart_export_progress_new:
 *
 * Returns: (transfer full): a progress at %FV_CHART_EXPORT_PHASE_WAITING,
 *   to give to fv_chart_export_async() and read from any thread
 */
FvChartExportProgress *
fv_chart_export_progress_new (void)
{
  FvChartExportProgress *progress = g_new0 (FvChartExportProgress, 1);

  atomic_init (&progress->ref_count, 1);
  atomic_init (&progress->phase, FV_CHART_EXPORT_PHASE_WAITING);
  atomic_init (&progress->written, 0);
  return progress;
}

FvChartExportProgress *
fv_chart_export_progress_ref (FvChartExportProgress *progress)
{
  g_return_val_if_fail (progress != NULL, NULL);

  atomic_fetch_add (&progress->ref_count, 1);
  return progress;
}

void
fv_chart_export_progress_unref (FvChartExportProgress *progress)
{
  g_return_if_fail (progress != NULL);

  if (atomic_fetch_sub (&progress->ref_count, 1) == 1)
    g_free (progress);
}

FvChartExportPhase
fv_chart_export_progress_get_phase (FvChartExportProgress *progress)
{
  g_return_val_if_fail (progress != NULL, FV_CHART_EXPORT_PHASE_WAITING);

  return atomic_load (&progress->phase);
}

/**
 * fv_chart_export_progress_get_written:
 *
 * Returns: how many bytes of the PNG are written so far
 */
guint64
fv_chart_export_progress_get_written (FvChartExportProgress *progress)
{
  g_return_val_if_fail (progress != NULL, 0);

  return atomic_load (&progress->written);
}

static void
progress_set_phase (FvChartExportProgress *progress,
                    FvChartExportPhase     phase)
{
  if (progress != NULL)
    atomic_store (&progress->phase, phase);
}

static void
count_written (gsize    length,
               gpointer progress)
{
  atomic_fetch_add (&((FvChartExportProgress *) progress)->written, (guint64) length);
}

static gboolean
cancelled_error (GError **error,
                 int      saved_errno)
{
  if (saved_errno != ECANCELED)
    return FALSE;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The export was cancelled"));
  return TRUE;
}

/* A chart on paper: within margins of 2 cm, at the top of the page, at
 * 96 pixels to the inch, so that its words have the size they have on
 * a screen. */
#define PAGE_MARGIN     56.0
#define POINTS_A_PIXEL  0.75

/**
 * fv_chart_export_page_size:
 * @width: @height: (out): the size a chart is drawn at on @paper, in
 *   pixels: as wide as the page between its margins, 16:9
 *
 * For fv_chart_export_page(), which makes a chart drawn taller (where its
 * texts need the room) smaller to fit the page.
 */
void
fv_chart_export_page_size (FvPaper  paper,
                           int     *width,
                           int     *height)
{
  double page_width, page_height;

  fv_paper_get_size (paper, &page_width, &page_height);
  *width = (int) floor ((page_width - 2 * PAGE_MARGIN) / POINTS_A_PIXEL);
  *height = (int) round (*width * 9.0 / 16);
}

static gboolean
export_chart (FvModel               *model,
              const FvChart         *chart,
              FvChartFormat          format,
              const FvPaper         *paper,
              int                    width,
              int                    height,
              int                    scale,
              const FvChartStyle    *style,
              const char * const    *languages,
              const FvChartTime     *time,
              const char            *path,
              FvChartExportProgress *progress,
              GCancellable          *cancellable,
              GError               **error)
{
  FvChartState state = { .languages = languages };
  g_autoptr(FvOutput) output = NULL;
  double page_width = 0, page_height = 0;
  FvExportMeta meta;
  FvMetaFilter filter = { 0 };
  cairo_surface_t *surface;
  cairo_status_t status;
  int saved_errno = 0;
  cairo_t *cr;

  if (time != NULL)
    {
      state.from_day = time->from_day;
      state.to_day = time->to_day;
      state.linear_axis = time->linear_axis;
    }
  /* Before any memory is taken for the image (a vector image has no
   * pixels, and no scale: its size is in points). */
  if (format != FV_CHART_FORMAT_PNG)
    scale = 1;
  if (!fv_chart_export_check_size (width, height, scale, error))
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* Where it goes, checked before anything is drawn: see fv-output.c.
   * Never over the model's own file, whichever view asked. */
  output = fv_output_open (path, fv_model_get_file (model), error);
  if (output == NULL)
    return FALSE;
  fv_output_watch (output, cancellable, progress != NULL ? count_written : NULL, progress);

  progress_set_phase (progress, FV_CHART_EXPORT_PHASE_DRAWING);
  fv_export_meta_init (&meta, model, chart, languages);
  fv_meta_filter_init (&filter, &meta, format == FV_CHART_FORMAT_SVG, fv_output_cairo_write,
                       output);
  switch (format)
    {
    case FV_CHART_FORMAT_SVG:
      /* Vectors, written as they are drawn; glyphs become outlines, so the
       * texts a reader can find are the ones the filter puts first. */
      surface = cairo_svg_surface_create_for_stream (fv_meta_filter_write, &filter, width,
                                                     height);
      break;
    case FV_CHART_FORMAT_PDF:
      if (paper != NULL)
        fv_paper_get_size (*paper, &page_width, &page_height);
      surface = cairo_pdf_surface_create_for_stream (fv_output_cairo_write, output,
                                                     paper != NULL ? page_width : width,
                                                     paper != NULL ? page_height : height);
      fv_export_meta_set_pdf (&meta, surface);
      break;
    case FV_CHART_FORMAT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
      break;
    }
  cr = cairo_create (surface);
  if (paper != NULL)
    {
      /* At the top of the page, its own margin within the page's, so that
       * its title lines up with the margin; at the scale of a chart as
       * wide as the text (fv_chart_export_page_size()'s), so that a chart
       * given a narrower width is narrower on the page, its words the
       * same size; smaller where it is wider or taller than the page has
       * room for. */
      double padding = FV_CHART_PADDING * POINTS_A_PIXEL;
      double room_w = page_width - 2 * PAGE_MARGIN + 2 * padding;
      double room_h = page_height - 2 * PAGE_MARGIN + 2 * padding;
      int page_chart_width, page_chart_height;
      double fit;

      fv_chart_export_page_size (*paper, &page_chart_width, &page_chart_height);
      fit = MIN (room_w / MAX (width, page_chart_width), room_h / height);

      cairo_translate (cr, PAGE_MARGIN - padding, PAGE_MARGIN - padding);
      cairo_scale (cr, fit, fit);
      /* A chart paints its background: on its own rectangle only. */
      cairo_rectangle (cr, 0, 0, width, height);
      cairo_clip (cr);
    }
  cairo_scale (cr, scale, scale);
  fv_chart_draw (cr, model, chart, width, height, style, &state);
  cairo_destroy (cr);

  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS && g_cancellable_is_cancelled (cancellable))
    {
      saved_errno = ECANCELED;
      status = CAIRO_STATUS_WRITE_ERROR;
    }
  progress_set_phase (progress, FV_CHART_EXPORT_PHASE_WRITING);
  if (format == FV_CHART_FORMAT_PNG)
    {
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_write_to_png_stream (surface, fv_meta_filter_write, &filter);
    }
  else
    {
      /* The rest of a vector file is written as it is finished. */
      cairo_surface_finish (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);
  if (fv_meta_filter_finish (&filter) != CAIRO_STATUS_SUCCESS && status == CAIRO_STATUS_SUCCESS)
    status = CAIRO_STATUS_WRITE_ERROR;
  fv_export_meta_clear (&meta);
  /* Cairo 1.16's PDF surface can fail to write its last objects and still
   * say it succeeded (a 4 KiB file limit left a cut PDF and exit status
   * 0): what our writer saw fail is a failure, whatever cairo says. */
  if (saved_errno == 0)
    saved_errno = fv_output_get_errno (output);
  if (status == CAIRO_STATUS_SUCCESS && saved_errno != 0)
    status = CAIRO_STATUS_WRITE_ERROR;

  /* The last moment to change one's mind: past it, the file is replaced. */
  if (status == CAIRO_STATUS_SUCCESS && g_cancellable_is_cancelled (cancellable))
    {
      saved_errno = ECANCELED;
      status = CAIRO_STATUS_WRITE_ERROR;
    }

  if (status != CAIRO_STATUS_SUCCESS)
    {
      if (cancelled_error (error, saved_errno))
        return FALSE;
      if (saved_errno == 0)
        {
          g_set_error (error, FV_CHART_EXPORT_ERROR, FV_CHART_EXPORT_ERROR_WRITE,
                       _("Could not draw the chart: %s"), cairo_status_to_string (status));
          return FALSE;
        }
      return fv_output_error (output, saved_errno, error);
    }

  if (!fv_output_commit (output, error))
    return FALSE;

  progress_set_phase (progress, FV_CHART_EXPORT_PHASE_DONE);
  return TRUE;
}

/**
 * fv_chart_export:
 * @format: PNG, SVG or PDF
 * @width: @height: the size, in pixels for PNG, in points for SVG and PDF
 * @scale: pixels per logical pixel, for PNG; ignored for the others
 * @time: (nullable): the time a timeline shows; %NULL for all of it, with
 *   its longest empty stretches left out
 *
 * Draws @chart into a file of @format at @path, replacing what is there
 * only when the file is complete, and never the file @model was read from
 * (fv_model_get_file()), by whatever name or link @path reaches it.
 */
gboolean
fv_chart_export (FvModel            *model,
                 const FvChart      *chart,
                 FvChartFormat       format,
                 int                 width,
                 int                 height,
                 int                 scale,
                 const FvChartStyle *style,
                 const char * const *languages,
                 const FvChartTime  *time,
                 const char         *path,
                 GError            **error)
{
  g_return_val_if_fail (FV_IS_MODEL (model), FALSE);
  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return export_chart (model, chart, format, NULL, width, height, scale, style, languages, time,
                       path, NULL, NULL, error);
}

/**
 * fv_chart_export_page:
 * @width: @height: the size the chart is drawn at, in pixels:
 *   fv_chart_export_page_size()'s for a chart as wide as the text, or the
 *   size the person chose
 *
 * Writes @chart as a PDF of one page of @paper: the chart, with its title,
 * its subtitle, its legend and its source line, at the top of the page
 * between margins of 2 cm, at the scale a chart as wide as the text has
 * there, made smaller where it is wider or taller than the page.
 */
gboolean
fv_chart_export_page (FvModel            *model,
                      const FvChart      *chart,
                      FvPaper             paper,
                      int                 width,
                      int                 height,
                      const FvChartStyle *style,
                      const char * const *languages,
                      const FvChartTime  *time,
                      const char         *path,
                      GError            **error)
{
  g_return_val_if_fail (FV_IS_MODEL (model), FALSE);
  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return export_chart (model, chart, FV_CHART_FORMAT_PDF, &paper, width, height, 1, style,
                       languages, time, path, NULL, NULL, error);
}

/**
 * fv_chart_format_from_name:
 * @name: a file name ("chart.svg") or a format's name ("svg")
 *
 * Returns: whether @name says a format, in @format: by its extension, or
 *   as the name itself
 */
gboolean
fv_chart_format_from_name (const char    *name,
                           FvChartFormat *format)
{
  static const char *names[] = { "png", "svg", "pdf" };
  const char *dot;

  g_return_val_if_fail (name != NULL, FALSE);

  dot = strrchr (name, '.');
  if (dot != NULL && strchr (dot, G_DIR_SEPARATOR) == NULL)
    name = dot + 1;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

typedef struct
{
  FvModel               *model;
  const FvChart         *chart;  /* the model's: lives as long as it */
  FvChartFormat          format;
  int                    width, height, scale;
  FvChartTime            time;
  FvChartStyle           style;
  char                 **languages;
  char                  *path;
  FvChartExportProgress *progress;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_object_unref (job->model);
  g_strfreev (job->languages);
  g_free (job->path);
  g_clear_pointer (&job->progress, fv_chart_export_progress_unref);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (export_chart (job->model, job->chart, job->format, NULL, job->width, job->height, job->scale,
                    &job->style, (const char * const *) job->languages, &job->time,
                    job->path, job->progress, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * fv_chart_export_async:
 * @progress: (nullable): where the worker says how far it is
 * @cancellable: (nullable): cancelling it stops the export at the next
 *   few kilobytes written, and leaves any file at @path as it was
 *
 * As fv_chart_export(), in a worker thread: a large image takes seconds
 * to draw and compress, and the window must answer meanwhile. @model is
 * kept alive until the export ends.
 */
void
fv_chart_export_async (FvModel               *model,
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
                       gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (FV_IS_MODEL (model));
  g_return_if_fail (chart != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (path != NULL);

  job = g_new0 (ExportJob, 1);
  job->model = g_object_ref (model);
  job->chart = chart;
  job->format = format;
  if (time != NULL)
    job->time = *time;
  job->width = width;
  job->height = height;
  job->scale = scale;
  job->style = *style;  /* its font family is a static string */
  job->languages = g_strdupv ((char **) languages);
  job->path = g_strdup (path);
  job->progress = progress != NULL ? fv_chart_export_progress_ref (progress) : NULL;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, fv_chart_export_async);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  /* The worker returns its own cancellation error, once it has cleaned up. */
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, export_thread);
}

gboolean
fv_chart_export_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fv_chart_export_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
