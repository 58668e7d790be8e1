/* fv-sheet-export.c — the fact sheet written as a PDF, here or in a worker
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>

#include <cairo-pdf.h>

#include "fv-export-meta.h"
#include "fv-output.h"
#include "fv-sheet-private.h"

/* The PDF's outline: each heading where it starts, the headings within a
 * tab (its case's parts, who spoke) under it. fv-sheet-page.c makes each
 * heading the destination its item names. */
static void
add_outline (FvFactSheet     *sheet,
             cairo_surface_t *surface)
{
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  for (guint p = 0; p < sheet->pages->len; p++)
    {
      GArray *placements = g_ptr_array_index (sheet->pages, p);

      for (guint i = 0; i < placements->len; i++)
        {
          const Placement *placement = &g_array_index (placements, Placement, i);
          const Block *block = &g_array_index (sheet->blocks, Block, placement->block);
          g_autofree char *dest = NULL;
          int id;

          if (placement->first > 0 ||
              (block->style != STYLE_HEADING && block->style != STYLE_SUBHEADING))
            continue;
          dest = g_strdup_printf ("dest='" FV_SHEET_SECTION_DEST "'", placement->block);
          id = cairo_pdf_surface_add_outline (surface,
                                              block->style == STYLE_HEADING
                                              ? CAIRO_PDF_OUTLINE_ROOT : parent,
                                              block->text, dest, 0);
          if (block->style == STYLE_HEADING)
            parent = id;
        }
    }
}

/* Cairo 1.16 crashes finishing a PDF that has named destinations when a
 * write has failed (a full disk, a closed standard output): the sheet's
 * bytes go through here, which tells cairo that every write went well
 * and, from the first that did not, writes no more. What failed is
 * fv_output_get_errno()'s to say, as it is for a chart. */
static cairo_status_t
write_sheet (void                *output,
             const unsigned char *data,
             unsigned int         length)
{
  if (fv_output_get_errno (output) == 0)
    fv_output_cairo_write (output, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * fv_fact_sheet_export:
 * @languages: (nullable): the reader's, from fv_languages_new()
 * @path: a file, or "-" for standard output
 *
 * Writes the fact sheet of @model as a PDF on @paper, where fv-output.c
 * says: a file is replaced only once the new one is complete, and never
 * the file @model was read from (fv_model_get_file()), by whatever name
 * or link @path reaches it. Its text
 * stays text, its charts vectors; the PDF carries the model's title, its
 * summary, the actors of the story and the application's name and version,
 * an outline of its headings, and links from each reference to its source
 * in the list and from each address to its page.
 */
gboolean
fv_fact_sheet_export (FvModel            *model,
                      const char * const *languages,
                      FvPaper             paper,
                      const char         *path,
                      GCancellable       *cancellable,
                      GError            **error)
{
  return fv_fact_sheet_export_with_texts (model, languages, NULL, paper, path, cancellable, error);
}

/**
 * fv_fact_sheet_export_with_texts:
 * @source_texts: (nullable) (element-type utf8 FvSourceText): the text of
 *   each source whose quotations are checked, by the source's id
 *
 * As fv_fact_sheet_export(), the sheet made by
 * fv_fact_sheet_new_with_texts().
 */
gboolean
fv_fact_sheet_export_with_texts (FvModel            *model,
                                 const char * const *languages,
                                 GHashTable         *source_texts,
                                 FvPaper             paper,
                                 const char         *path,
                                 GCancellable       *cancellable,
                                 GError            **error)
{
  g_autoptr(FvFactSheet) sheet = NULL;
  g_autoptr(FvOutput) output = NULL;
  FvExportMeta meta;
  cairo_font_options_t *options;
  cairo_surface_t *surface;
  cairo_status_t status;
  PangoContext *pango;
  double width, height;
  cairo_t *cr;
  guint pages;

  g_return_val_if_fail (FV_IS_MODEL (model), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* The texts quotations are checked against are inputs as the model is:
   * never written over. */
  if (source_texts != NULL)
    {
      GHashTableIter iter;
      gpointer text;

      g_hash_table_iter_init (&iter, source_texts);
      while (g_hash_table_iter_next (&iter, NULL, &text))
        if (!fv_output_check_not_source_text (path, fv_source_text_get_file (text), error))
          return FALSE;
    }
  output = fv_output_open (path, fv_model_get_file (model), error);
  if (output == NULL)
    return FALSE;
  fv_output_watch (output, cancellable, NULL, NULL);

  fv_paper_get_size (paper, &width, &height);
  sheet = fv_fact_sheet_new_with_texts (model, languages, source_texts);
  surface = cairo_pdf_surface_create_for_stream (write_sheet, output, width, height);
  fv_export_meta_init_sheet (&meta, model, languages);
  fv_export_meta_set_pdf (&meta, surface);
  fv_export_meta_clear (&meta);
  cr = cairo_create (surface);

  /* Points, and outlines as they are: no hinting on paper. */
  pango = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (pango, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango, options);
  cairo_font_options_destroy (options);

  pages = fv_fact_sheet_paginate (sheet, pango, width, height);
  g_object_unref (pango);
  sheet->navigable = TRUE;
  add_outline (sheet, surface);
  /* The pages in one structure element: cairo 1.16 gives each link a
   * place in the document's structure, and without a structure to hold
   * it, writes a reference to an object it never writes (a damaged
   * file that readers have to repair). */
  cairo_tag_begin (cr, "Document", NULL);
  for (guint p = 0; p < pages && !g_cancellable_is_cancelled (cancellable); p++)
    {
      fv_fact_sheet_draw_page (sheet, cr, p);
      cairo_show_page (cr);
    }
  cairo_tag_end (cr, "Document");
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  /* As for a chart: what our writer saw fail is a failure, whatever the
   * PDF surface says (fv-chart-export.c). */
  if (fv_output_get_errno (output) != 0)
    return fv_output_error (output, fv_output_get_errno (output), error);
  if (status != CAIRO_STATUS_SUCCESS)
    return fv_output_error (output, EIO, error);

  return fv_output_commit (output, error);
}

typedef struct
{
  FvModel    *model;
  char      **languages;
  GHashTable *source_texts;  /* the job's own copy: the caller's may change meanwhile */
  FvPaper     paper;
  char       *path;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_object_unref (job->model);
  g_strfreev (job->languages);
  g_clear_pointer (&job->source_texts, g_hash_table_unref);
  g_free (job->path);
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

  if (fv_fact_sheet_export_with_texts (job->model, (const char * const *) job->languages,
                                       job->source_texts, job->paper, job->path, cancellable,
                                       &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * fv_fact_sheet_export_async:
 *
 * As fv_fact_sheet_export(), in a worker thread.
 */
void
fv_fact_sheet_export_async (FvModel             *model,
                            const char * const  *languages,
                            FvPaper              paper,
                            const char          *path,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  fv_fact_sheet_export_with_texts_async (model, languages, NULL, paper, path, cancellable,
                                         callback, user_data);
}

/**
 * fv_fact_sheet_export_with_texts_async:
 * @source_texts: (nullable) (element-type utf8 FvSourceText): as for
 *   fv_fact_sheet_export_with_texts(); copied, the texts referenced, so
 *   that the caller may change it while the worker runs
 *
 * As fv_fact_sheet_export_with_texts(), in a worker thread; finish it with
 * fv_fact_sheet_export_finish().
 */
void
fv_fact_sheet_export_with_texts_async (FvModel             *model,
                                       const char * const  *languages,
                                       GHashTable          *source_texts,
                                       FvPaper              paper,
                                       const char          *path,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (FV_IS_MODEL (model));
  g_return_if_fail (path != NULL);

  job = g_new0 (ExportJob, 1);
  job->model = g_object_ref (model);
  job->languages = g_strdupv ((char **) languages);
  if (source_texts != NULL)
    {
      GHashTableIter iter;
      gpointer id, text;

      job->source_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                 (GDestroyNotify) fv_source_text_unref);
      g_hash_table_iter_init (&iter, source_texts);
      while (g_hash_table_iter_next (&iter, &id, &text))
        g_hash_table_insert (job->source_texts, g_strdup (id), fv_source_text_ref (text));
    }
  job->paper = paper;
  job->path = g_strdup (path);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, fv_fact_sheet_export_with_texts_async);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, export_thread);
}

gboolean
fv_fact_sheet_export_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
