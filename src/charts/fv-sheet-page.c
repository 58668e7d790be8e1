/* fv-sheet-page.c — one page of the fact sheet drawn: its blocks and its footer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fv-sheet-private.h"

static void
set_color (cairo_t       *cr,
           const FvColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/* The running footer: the model's title on the left, the page's number on
 * the right, under a hairline. */
static void
draw_footer (FvFactSheet *sheet,
             cairo_t     *cr,
             guint        page)
{
  g_autoptr(PangoLayout) title = pango_layout_new (sheet->pango);
  g_autoptr(PangoLayout) number = pango_layout_new (sheet->pango);
  g_autoptr(PangoFontDescription) font =
    pango_font_description_from_string (sheet->style.font_family);
  /* translators: a fact sheet's page number, in its footer */
  FV_I18N_SCOPE (sheet->languages != NULL ? sheet->languages[0] : NULL);
  g_autofree char *numbering = g_strdup_printf (FV_TR_("Page %u of %u"), page + 1,
                                                sheet->pages->len);
  double y = sheet->page_height - MARGIN - FOOTER_HEIGHT + 10;
  int w, h;

  pango_font_description_set_size (font, 8 * PANGO_SCALE);
  pango_layout_set_font_description (number, font);
  pango_layout_set_text (number, numbering, -1);
  pango_layout_get_pixel_size (number, &w, &h);

  pango_layout_set_font_description (title, font);
  pango_layout_set_text (title, fv_sheet_text (sheet, fv_model_get_title (sheet->model)), -1);
  pango_layout_set_width (title, (fv_sheet_content_width (sheet) - w - 24) * PANGO_SCALE);
  pango_layout_set_wrap (title, PANGO_WRAP_WORD_CHAR);  /* the running title whole, never cut */

  set_color (cr, &sheet->style.grid);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN, y - 4);
  cairo_line_to (cr, sheet->page_width - MARGIN, y - 4);
  cairo_stroke (cr);

  set_color (cr, &sheet->style.muted);
  cairo_move_to (cr, MARGIN, y);
  pango_cairo_show_layout (cr, title);
  cairo_move_to (cr, sheet->page_width - MARGIN - w, y);
  pango_cairo_show_layout (cr, number);
}

/**
 * fv_fact_sheet_draw_page:
 * @cr: the page, in points, its origin at the top left corner
 *
 * Draws page @page (from 0) as fv_fact_sheet_paginate() laid it out.
 */
void
fv_fact_sheet_draw_page (FvFactSheet *sheet,
                         cairo_t     *cr,
                         guint        page)
{
  GArray *placements;

  g_return_if_fail (sheet != NULL);
  g_return_if_fail (page < sheet->pages->len);

  placements = g_ptr_array_index (sheet->pages, page);
  for (guint i = 0; i < placements->len; i++)
    {
      const Placement *p = &g_array_index (placements, Placement, i);
      const Block *block = &g_array_index (sheet->blocks, Block, p->block);
      const FvSheetStyle *look = &fv_sheet_styles[block->style];
      double x = MARGIN + look->indent;

      cairo_save (cr);
      if (block->style == STYLE_CHART)
        {
          FvChartState state = { .languages = (const char * const *) sheet->languages };
          /* The chart's own margin in the page's: its title lines up with
           * the text. */
          double scale = fv_sheet_content_width (sheet) / (CHART_WIDTH - 2 * CHART_PADDING);

          cairo_translate (cr, x - CHART_PADDING * scale, p->y);
          cairo_scale (cr, scale, scale);
          /* A chart paints its background: on its own rectangle only. */
          cairo_rectangle (cr, 0, 0, CHART_WIDTH, CHART_WIDTH * 9 / 16);
          cairo_clip (cr);
          fv_chart_draw (cr, sheet->model, block->chart, CHART_WIDTH, CHART_WIDTH * 9 / 16,
                         &sheet->style, &state);
        }
      else
        {
          double offset = g_array_index (block->line_tops, double, p->first);

          /* Lines FIRST to FIRST + N_LINES of the paragraph, and no more. */
          cairo_rectangle (cr, 0, p->y, sheet->page_width,
                           fv_sheet_lines_height (block, p->first, p->n_lines));
          cairo_clip (cr);
          set_color (cr, look->muted ? &sheet->style.muted : &sheet->style.text);
          cairo_move_to (cr, x, p->y - offset);
          pango_cairo_show_layout (cr, block->layout);
        }
      cairo_restore (cr);
    }

  draw_footer (sheet, cr, page);
}
