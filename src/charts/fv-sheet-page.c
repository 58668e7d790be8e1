/* fv-sheet-page.c — one page of the fact sheet drawn: its blocks and its footer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In a PDF (the sheet's navigable) a page also carries cairo's tags: each
 * heading a named destination that the outline leads to, each reference
 * a link to its source's entry in the list of sources, each address a
 * link to itself. Cairo draws nothing for them on any other surface.
 */
#include "config.h"

#include "fv-sheet-private.h"

/* NAME='VALUE' as cairo reads a tag's attributes: a quote or a backslash
 * in VALUE (an address may hold both) escaped with a backslash. */
static char *
tag_attribute (const char *name,
               const char *value)
{
  GString *attribute = g_string_new (name);

  g_string_append (attribute, "='");
  for (const char *c = value; *c != '\0'; c++)
    {
      if (*c == '\'' || *c == '\\')
        g_string_append_c (attribute, '\\');
      g_string_append_c (attribute, *c);
    }
  g_string_append_c (attribute, '\'');
  return g_string_free (attribute, FALSE);
}

/* The tag a placement of BLOCK is drawn in, and its attributes; NULL
 * for none. A heading is a destination from its first line. */
static const char *
block_tag (FvFactSheet     *sheet,
           const Block     *block,
           const Placement *p,
           char           **attributes)
{
  *attributes = NULL;
  if (!sheet->navigable)
    return NULL;
  if (block->uri != NULL)
    {
      *attributes = tag_attribute ("uri", block->uri);
      return CAIRO_TAG_LINK;
    }
  if (block->cites > 0)
    {
      g_autofree char *dest = g_strdup_printf (FV_SHEET_SOURCE_DEST, block->cites);

      *attributes = tag_attribute ("dest", dest);
      return CAIRO_TAG_LINK;
    }
  if (p->first > 0)
    return NULL;
  if (block->lists > 0)
    {
      g_autofree char *dest = g_strdup_printf (FV_SHEET_SOURCE_DEST, block->lists);

      *attributes = tag_attribute ("name", dest);
      return CAIRO_TAG_DEST;
    }
  if (block->style == STYLE_HEADING || block->style == STYLE_SUBHEADING)
    {
      g_autofree char *dest = g_strdup_printf (FV_SHEET_SECTION_DEST, p->block);

      *attributes = tag_attribute ("name", dest);
      return CAIRO_TAG_DEST;
    }
  return NULL;
}

static void
set_color (cairo_t       *cr,
           const FvColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/* The model's title as the footer has room for it, cut after its last
 * whole line there with an ellipsis of ours. Pango's own ellipsis would
 * keep the whole title in the PDF as the text of the cut (/ActualText),
 * on every page: a title of a thousand characters a page, words that a
 * reader finds in the file's text but not on the paper. */
static char *
running_title (FvFactSheet                *sheet,
               const PangoFontDescription *font,
               double                      width)
{
  const char *title = fv_sheet_text (sheet, fv_model_get_title (sheet->model));
  g_autoptr(PangoLayout) layout = pango_layout_new (sheet->pango);
  g_autofree char *cut = NULL;
  PangoLayoutLine *first;
  int ellipsis;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, "…", -1);
  pango_layout_get_size (layout, &ellipsis, NULL);
  pango_layout_set_width (layout, MAX (width * PANGO_SCALE - ellipsis, PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, title, -1);
  if (pango_layout_get_line_count (layout) == 1)
    return g_strdup (title);

  first = pango_layout_get_line_readonly (layout, 0);
  cut = g_strndup (title, first->length);
  return g_strconcat (g_strchomp (cut), "…", NULL);
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
  FV_I18N_SCOPE (sheet->languages != NULL ? sheet->languages[0] : NULL);
  /* translators: a fact sheet's page number, in its footer */
  g_autofree char *numbering = g_strdup_printf (FV_TR_("Page %u of %u"), page + 1,
                                                sheet->pages->len);
  double y = sheet->page_height - MARGIN - FOOTER_HEIGHT + 10;
  int w, h;

  pango_font_description_set_size (font, 8 * PANGO_SCALE);
  pango_layout_set_font_description (number, font);
  pango_layout_set_text (number, numbering, -1);
  pango_layout_get_pixel_size (number, &w, &h);

  /* Cut once for all the pages, with room for the widest number. */
  if (sheet->running_title == NULL)
    {
      g_autofree char *last = g_strdup_printf (FV_TR_("Page %u of %u"), sheet->pages->len,
                                               sheet->pages->len);
      int widest;

      pango_layout_set_text (number, last, -1);
      pango_layout_get_pixel_size (number, &widest, NULL);
      pango_layout_set_text (number, numbering, -1);
      sheet->running_title = running_title (sheet, font,
                                            fv_sheet_content_width (sheet) - widest - 24);
    }
  pango_layout_set_font_description (title, font);
  pango_layout_set_text (title, sheet->running_title, -1);

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
          double top = p->y - g_array_index (block->lines, SheetLine, p->first).top;
          g_autofree char *attributes = NULL;
          const char *tag = block_tag (sheet, block, p, &attributes);

          /* A link's area, and where a destination is, are what is drawn
           * inside the tag: the lines. */
          if (tag != NULL)
            cairo_tag_begin (cr, tag, attributes);
          /* Lines FIRST to FIRST + N_LINES of the paragraph, and no more:
           * a page of a long paragraph costs what its own lines cost. */
          set_color (cr, look->muted ? &sheet->style.muted : &sheet->style.text);
          for (guint l = p->first; l < p->first + p->n_lines; l++)
            {
              const SheetLine *line = &g_array_index (block->lines, SheetLine, l);

              cairo_move_to (cr, x + line->x, top + line->baseline);
              pango_cairo_show_layout_line (cr, line->line);
            }
          if (tag != NULL)
            cairo_tag_end (cr, tag);
        }
      cairo_restore (cr);
    }

  draw_footer (sheet, cr, page);
}
