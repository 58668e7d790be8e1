/* fv-sheet-text.c — the fact sheet's paragraphs, laid out with Pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each block is one paragraph in one style (a heading, a date, a quoted
 * sentence, a reference), set as plain text: model text is never markup.
 * Laid out once for the width of the page, a block knows where each of
 * its lines is: fv-sheet-layout.c may break it between any two of them,
 * and a page draws only the lines it holds.
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
  g_clear_pointer (&block->layouts, g_ptr_array_unref);
  g_clear_pointer (&block->lines, g_array_unref);
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

/* Characters of a word that Pango shapes as one piece. */
#define WORD_PIECE 64

/* ATTRS, and for each word of TEXT (LENGTH bytes) longer than WORD_PIECE
 * characters, pieces of it told apart by a letter spacing of 0 or 1/1024
 * of a point, which no eye sees. Pango 1.50 shapes the whole rest of a
 * word for each line it breaks it into: a word of 20,000 letters cost
 * time that grows with its square, where pieces cost what their letters
 * do. */
static PangoAttrList *
word_pieces (PangoAttrList *attrs,
             const char    *text,
             int            length)
{
  PangoAttrList *pieces = pango_attr_list_copy (attrs);
  const char *end = text + length;
  const char *piece = text;
  guint n = 0, odd = 0;

  for (const char *c = text; c < end; c = g_utf8_next_char (c))
    {
      if (g_unichar_isspace (g_utf8_get_char (c)))
        {
          n = 0;
          piece = g_utf8_next_char (c);
        }
      else if (++n % WORD_PIECE == 0)
        {
          const char *next = g_utf8_next_char (c);
          PangoAttribute *spacing = pango_attr_letter_spacing_new (odd);

          spacing->start_index = piece - text;
          spacing->end_index = next - text;
          pango_attr_list_insert (pieces, spacing);
          odd ^= 1;
          piece = next;
        }
    }

  return pieces;
}

/* The lines of LAYOUT, as pango_cairo_show_layout() would put them, TOP
 * below the block's top; returns the bottom of its last line. */
static double
add_lines (Block       *block,
           PangoLayout *layout,
           double       top)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double bottom = top;

  do
    {
      PangoRectangle logical;
      SheetLine line;
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line.top = top + (double) y0 / PANGO_SCALE;
      line.baseline = top + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      line.x = (double) logical.x / PANGO_SCALE;
      line.line = pango_layout_iter_get_line_readonly (iter);
      g_array_append_val (block->lines, line);
      bottom = top + (double) y1 / PANGO_SCALE;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  return bottom;
}

/* Lays BLOCK out, once: a paragraph of thousands of lines spread over
 * many pages is shaped here and nowhere else, and each page then draws
 * its own lines of it (fv-sheet-page.c), so that the sheet costs time in
 * proportion to its text. Each paragraph of the text (between line
 * breaks) is a layout of its own: Pango 1.50 lays out a text of many
 * paragraphs in time that grows with their square (ten thousand line
 * breaks in one description took seconds). */
void
fv_sheet_lay_out (FvFactSheet  *sheet,
                  Block        *block,
                  PangoContext *pango)
{
  g_autoptr(PangoFontDescription) font = NULL;
  const FvSheetStyle *look;
  PangoAttrList *attrs;
  const char *text;
  SheetLine end = { 0 };

  g_clear_pointer (&block->layouts, g_ptr_array_unref);
  g_clear_pointer (&block->lines, g_array_unref);
  block->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  block->lines = g_array_new (FALSE, FALSE, sizeof (SheetLine));

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
  attrs = pango_attr_list_new ();
#if PANGO_VERSION_CHECK (1, 44, 0)
  /* An address broken with a hyphen would be another address. */
  if (block->unbroken)
    pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
#endif

  text = block->text;
  for (;;)
    {
      PangoLayout *layout = pango_layout_new (pango);
      int length, next;

      pango_find_paragraph_boundary (text, -1, &length, &next);
      g_ptr_array_add (block->layouts, layout);
      pango_layout_set_font_description (layout, font);
      pango_layout_set_width (layout,
                              (fv_sheet_content_width (sheet) - look->indent) * PANGO_SCALE);
      /* Words whole where they fit; a word longer than the line (an
       * address, a run of twenty thousand letters) is broken where it
       * must, and never past the margin. Nothing is ellipsized (a new
       * layout never is): every word of the model that the sheet shows
       * is on its pages, whole. */
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      if (block->hanging > 0)
        pango_layout_set_indent (layout, -block->hanging * PANGO_SCALE);
      pango_layout_set_text (layout, text, length);
      {
        PangoAttrList *pieces = word_pieces (attrs, text, length);

        pango_layout_set_attributes (layout, pieces);
        pango_attr_list_unref (pieces);
      }
      end.top = add_lines (block, layout, end.top);

      if (text[next] == '\0' && next == length)
        break;
      text += next;
    }
  pango_attr_list_unref (attrs);

  g_array_append_val (block->lines, end);
  block->height = end.top;
}

gboolean
fv_sheet_keeps (const Block *block)
{
  return block->keep || fv_sheet_styles[block->style].keep;
}

guint
fv_sheet_n_lines (const Block *block)
{
  return block->style == STYLE_CHART ? 1 : block->lines->len - 1;
}

/* The height of lines FIRST to FIRST + N of BLOCK. */
double
fv_sheet_lines_height (const Block *block,
                       guint        first,
                       guint        n)
{
  if (block->style == STYLE_CHART)
    return block->height;
  return g_array_index (block->lines, SheetLine, first + n).top -
         g_array_index (block->lines, SheetLine, first).top;
}
