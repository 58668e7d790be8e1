/* fv-sheet-text.c — the fact sheet's paragraphs, laid out with Pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each block is one paragraph in one style (a heading, a date, a quoted
 * sentence, a reference), set as plain text: model text is never markup.
 * Laid out once for the width of the page, a block knows the top of each
 * of its lines, where fv-sheet-layout.c may break it between pages.
 */
#include "config.h"

#include "fv-sheet-private.h"

const FvSheetStyle fv_sheet_styles[N_STYLES] = {
  [STYLE_TITLE]           = { 20, TRUE,  FALSE, FALSE,  0,  0, TRUE },
  [STYLE_LEAD]            = { 11, FALSE, FALSE, FALSE,  0,  8, FALSE },
  [STYLE_META]            = {  9, FALSE, FALSE, TRUE,   0,  4, FALSE },
  [STYLE_HEADING]         = { 15, TRUE,  FALSE, FALSE,  0, 22, TRUE },
  [STYLE_SUBHEADING]      = { 11.5, TRUE, FALSE, FALSE, 0, 12, TRUE },
  [STYLE_DATE]            = {  9, FALSE, FALSE, TRUE,   0, 12, TRUE },
  [STYLE_FACT]            = { 10.5, TRUE, FALSE, FALSE, 0,  2, TRUE },
  [STYLE_BODY]            = { 10, FALSE, FALSE, FALSE,  0,  3, FALSE },
  [STYLE_QUOTE]           = { 10.5, FALSE, TRUE, FALSE, 0, 12, FALSE },
  [STYLE_REFERENCE]       = { 8.5, FALSE, FALSE, TRUE, 12,  3, FALSE },
  [STYLE_REFERENCE_QUOTE] = { 8.5, FALSE, TRUE,  TRUE, 24,  1, FALSE },
  [STYLE_SOURCE]          = {  9, FALSE, FALSE, FALSE,  0,  6, FALSE },
  [STYLE_CHART]           = {  0, FALSE, FALSE, FALSE,  0, 12, FALSE },
};

void
fv_sheet_block_clear (gpointer data)
{
  Block *block = data;

  g_free (block->text);
  g_clear_object (&block->layout);
  g_clear_pointer (&block->line_tops, g_array_unref);
}

const char *
fv_sheet_text (FvFactSheet  *sheet,
               const FvText *t)
{
  return fv_model_text (sheet->model, t, (const char * const *) sheet->languages);
}

void
fv_sheet_add (FvFactSheet *sheet,
              Style        style,
              const char  *text)
{
  Block block = { style, g_strdup (text) };

  if (text == NULL || *text == '\0')
    {
      g_free (block.text);
      return;
    }
  g_array_append_val (sheet->blocks, block);
}

void
fv_sheet_add_take (FvFactSheet *sheet,
                   Style        style,
                   char        *text)
{
  fv_sheet_add (sheet, style, text);
  g_free (text);
}

void
fv_sheet_lay_out (FvFactSheet  *sheet,
                  Block        *block,
                  PangoContext *pango)
{
  g_autoptr(PangoFontDescription) font = NULL;
  const FvSheetStyle *look;
  PangoAttrList *attrs;
  PangoLayoutIter *iter;
  double top = 0;

  g_clear_object (&block->layout);
  g_clear_pointer (&block->line_tops, g_array_unref);
  block->line_tops = g_array_new (FALSE, FALSE, sizeof (double));

  if (block->style == STYLE_CHART)
    {
      block->height = fv_sheet_chart_height (sheet);
      return;
    }

  look = &fv_sheet_styles[block->style];
  font = pango_font_description_from_string (sheet->style.font_family);
  pango_font_description_set_size (font, look->size * PANGO_SCALE);
  pango_font_description_set_weight (font, look->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style (font, look->italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);

  block->layout = pango_layout_new (pango);
  pango_layout_set_font_description (block->layout, font);
  pango_layout_set_width (block->layout,
                          (fv_sheet_content_width (sheet) - look->indent) * PANGO_SCALE);
  /* Words whole where they fit; a word longer than the line (an address)
   * is broken where it must, and never past the margin. */
  pango_layout_set_wrap (block->layout, PANGO_WRAP_WORD_CHAR);
  if (block->hanging > 0)
    pango_layout_set_indent (block->layout, -block->hanging * PANGO_SCALE);
  attrs = pango_attr_list_new ();
#if PANGO_VERSION_CHECK (1, 44, 0)
  /* An address broken with a hyphen would be another address. */
  if (block->unbroken)
    pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
#endif
  pango_layout_set_attributes (block->layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_text (block->layout, block->text, -1);

  iter = pango_layout_get_iter (block->layout);
  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      top = (double) y0 / PANGO_SCALE;
      g_array_append_val (block->line_tops, top);
      top = (double) y1 / PANGO_SCALE;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  g_array_append_val (block->line_tops, top);
  block->height = top;
}

gboolean
fv_sheet_keeps (const Block *block)
{
  return block->keep || fv_sheet_styles[block->style].keep;
}

guint
fv_sheet_n_lines (const Block *block)
{
  return block->style == STYLE_CHART ? 1 : block->line_tops->len - 1;
}

/* The height of lines FIRST to FIRST + N of BLOCK. */
double
fv_sheet_lines_height (const Block *block,
                       guint        first,
                       guint        n)
{
  if (block->style == STYLE_CHART)
    return block->height;
  return g_array_index (block->line_tops, double, first + n) -
         g_array_index (block->line_tops, double, first);
}
