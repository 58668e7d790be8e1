/* fv-sheet-layout.c — the fact sheet's blocks placed on pages of a paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A paragraph is split between its lines where it must, keeping at least
 * two of them together on either side, and a heading is never left alone
 * at the bottom of a page.
 */
#include "config.h"

#include <langinfo.h>

#include "fv-sheet-private.h"

/* A page more, empty: *Y at its top. */
static GArray *
new_page (FvFactSheet *sheet,
          double      *y)
{
  GArray *page = g_array_new (FALSE, FALSE, sizeof (Placement));

  g_ptr_array_add (sheet->pages, page);
  *y = MARGIN;
  return page;
}

/**
 * fv_fact_sheet_paginate:
 * @pango: a context for the target the pages are drawn on (a PDF's, a
 *   print job's), at 72 units an inch
 * @page_width: @page_height: the page's size, in points
 *
 * Lays the sheet out on pages of that size.
 *
 * Returns: the number of pages
 */
guint
fv_fact_sheet_paginate (FvFactSheet  *sheet,
                        PangoContext *pango,
                        double        page_width,
                        double        page_height)
{
  double top = MARGIN, bottom = page_height - MARGIN - FOOTER_HEIGHT, y = top;
  GArray *page;

  g_return_val_if_fail (sheet != NULL, 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (pango), 0);

  g_set_object (&sheet->pango, pango);
  sheet->page_width = page_width;
  sheet->page_height = page_height;
  g_ptr_array_set_size (sheet->pages, 0);
  g_clear_pointer (&sheet->running_title, g_free);
  page = new_page (sheet, &y);

  for (guint i = 0; i < sheet->blocks->len; i++)
    fv_sheet_lay_out (sheet, &g_array_index (sheet->blocks, Block, i), pango);

  for (guint i = 0; i < sheet->blocks->len; i++)
    {
      Block *block = &g_array_index (sheet->blocks, Block, i);
      guint total = fv_sheet_n_lines (block), first = 0;
      double before = fv_sheet_styles[block->style].before;
      double need;

      if (y > top)
        y += before;

      /* What must go on this page with the block's start: its first
       * lines, and for a heading, the start of what it heads. */
      need = fv_sheet_lines_height (block, 0, MIN (total, MIN_LINES));
      for (guint k = i; fv_sheet_keeps (&g_array_index (sheet->blocks, Block, k)) &&
                        k + 1 < sheet->blocks->len; k++)
        {
          Block *next = &g_array_index (sheet->blocks, Block, k + 1);

          if (k > i)
            need += fv_sheet_lines_height (&g_array_index (sheet->blocks, Block, k), 0,
                                           fv_sheet_n_lines (&g_array_index (sheet->blocks,
                                                                             Block, k)));
          need += fv_sheet_styles[next->style].before +
                  fv_sheet_lines_height (next, 0, MIN (fv_sheet_n_lines (next), MIN_LINES));
        }
      if (y + need > bottom && y > top)
        page = new_page (sheet, &y);

      while (first < total)
        {
          guint fit = 0, left = total - first, room;
          Placement placement;

          while (first + fit < total && y + fv_sheet_lines_height (block, first, fit + 1) <= bottom)
            fit++;
          room = fit;
          /* Never fewer than MIN_LINES alone on either side of a break:
           * lines go over with the last ones, or all of them go over. */
          if (fit < left)
            {
              if (left - fit < MIN_LINES)
                fit = fit > MIN_LINES - (left - fit) ? fit - (MIN_LINES - (left - fit)) : 0;
              if (fit < MIN_LINES && left >= MIN_LINES)
                fit = 0;
            }
          /* At the top of a page nothing comes of waiting: as much as fits,
           * a line at least (one taller than the page is cut). */
          if (fit == 0 && y == top)
            fit = MAX (room, 1);

          if (fit > 0)
            {
              placement = (Placement) { i, first, fit, y };
              g_array_append_val (page, placement);
              y += fv_sheet_lines_height (block, first, fit);
              first += fit;
            }
          if (first < total)
            page = new_page (sheet, &y);
        }
    }

  return sheet->pages->len;
}

/**
 * fv_paper_from_name:
 * @name: "a4" or "letter"
 */
gboolean
fv_paper_from_name (const char *name,
                    FvPaper    *paper)
{
  g_return_val_if_fail (name != NULL, FALSE);

  if (g_ascii_strcasecmp (name, "a4") == 0)
    *paper = FV_PAPER_A4;
  else if (g_ascii_strcasecmp (name, "letter") == 0)
    *paper = FV_PAPER_LETTER;
  else
    return FALSE;
  return TRUE;
}

/**
 * fv_paper_for_locale:
 *
 * Returns: the paper of the locale's LC_PAPER: Letter where it is 216 mm
 *   wide (the United States, Canada and others), A4 elsewhere
 */
FvPaper
fv_paper_for_locale (void)
{
#ifdef _NL_PAPER_WIDTH
  /* glibc gives the width in millimetres, as a number in a pointer. */
  union { char *string; unsigned int number; } width;

  width.string = nl_langinfo (_NL_PAPER_WIDTH);
  if (width.number == 216)
    return FV_PAPER_LETTER;
#endif
  return FV_PAPER_A4;
}

void
fv_paper_get_size (FvPaper  paper,
                   double  *width,
                   double  *height)
{
  if (paper == FV_PAPER_LETTER)
    {
      *width = 612;
      *height = 792;
    }
  else
    {
      *width = 595.276;
      *height = 841.89;
    }
}
