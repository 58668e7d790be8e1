/* fuzz-sheet.c — libFuzzer target: the fact sheet of any model that loads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bytes → the loader; a model that loads is made into its fact sheet,
 * laid out on A4 or Letter, in the model's language or in English (by
 * the input's size), every page drawn into a PDF that goes nowhere; then
 * laid out again on the other paper, as a print job would, and its first
 * page drawn. Nothing may fail, and the sheet costs what its model is:
 * no more pages than a generous share of its bytes.
 */
#include "config.h"

#include <cairo-pdf.h>

#include "fuzz-common.h"
#include "fv-fact-sheet.h"
#include "fv-model.h"

/* Texts are read in a language the models may or may not have. */
static const char * const english[] = { "en", NULL };

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static cairo_status_t
count_bytes (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  *(gsize *) closure += length;
  return CAIRO_STATUS_SUCCESS;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(FvModel) model = fv_model_new_from_bytes (bytes, "fuzz", NULL, NULL);
  g_autoptr(FvFactSheet) sheet = NULL;
  FvPaper paper = size % 2 == 0 ? FV_PAPER_A4 : FV_PAPER_LETTER;
  cairo_font_options_t *options;
  cairo_surface_t *surface;
  PangoContext *pango;
  double width, height;
  gsize written = 0;
  cairo_t *cr;
  guint pages;

  if (model == NULL)
    return 0;

  sheet = fv_fact_sheet_new (model, size / 2 % 2 == 0 ? NULL : english);
  fv_paper_get_size (paper, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (count_bytes, &written, width, height);
  cr = cairo_create (surface);
  /* As fv_fact_sheet_export() does. */
  pango = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (pango, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango, options);
  cairo_font_options_destroy (options);

  pages = fv_fact_sheet_paginate (sheet, pango, width, height);
  /* A page holds a line, at the least, of the model's text: a model's
   * bytes cannot make more than a share of them in pages. (The built-in
   * model's 57 KB are 10 pages.) */
  if (pages == 0 || pages > 8 + size / 32)
    fuzz_fail ("%zu bytes of model made %u pages", size, pages);
  for (guint p = 0; p < pages; p++)
    {
      fv_fact_sheet_draw_page (sheet, cr, p);
      cairo_show_page (cr);
    }
  if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
    fuzz_fail ("a page was not drawn: %s", cairo_status_to_string (cairo_status (cr)));

  /* Again on the other paper, as a print job lays it out for its own. */
  fv_paper_get_size (paper == FV_PAPER_A4 ? FV_PAPER_LETTER : FV_PAPER_A4, &width, &height);
  pages = fv_fact_sheet_paginate (sheet, pango, width, height);
  if (pages == 0)
    fuzz_fail ("no page on the other paper");
  fv_fact_sheet_draw_page (sheet, cr, 0);
  cairo_show_page (cr);

  g_object_unref (pango);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS || written == 0)
    fuzz_fail ("the PDF was not written: %s",
               cairo_status_to_string (cairo_surface_status (surface)));
  cairo_surface_destroy (surface);

  return 0;
}
