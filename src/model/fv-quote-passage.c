/* fv-quote-passage.c — the passage a quotation that is not found is closest to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For a quotation in no paragraph, the passage of its cited paragraph it
 * differs least from, word by word, and the words that differ on either
 * side, for a person to see what changed. Its cost is the quotation's
 * words times the paragraph's, at most FV_QUOTE_MAX_CELLS; past that no
 * passage is given.
 */
#include "config.h"

#include <string.h>

#include "fv-quote-check-private.h"

/* Words, and each other mark on its own, as the word-by-word comparison
 * takes them: [start, end) in folded characters; a gap is G_MAXUINT. */
static void
tokenize (const Folded *f,
          guint         start,
          guint         end,
          GArray       *tokens)
{
  for (guint i = start; i < end;)
    {
      Span token = { i, 1 };

      if (f->chars[i] == ' ')
        {
          i++;
          continue;
        }
      if (fv_is_word (f->chars[i]))
        while (i + token.length < end && fv_is_word (f->chars[i + token.length]))
          token.length++;
      g_array_append_val (tokens, token);
      i += token.length;
    }
}

static gboolean
tokens_equal (const Folded *a,
              const Span   *ta,
              const Folded *b,
              const Span   *tb)
{
  return ta->length == tb->length &&
         memcmp (a->chars + ta->start, b->chars + tb->start, ta->length * sizeof (gunichar)) == 0;
}

enum { STOP, DIAGONAL, QUOTE_ONLY, TEXT_ONLY, GAP_TEXT, GAP_NONE };

/* The passage of PARA that the quotation differs least from, counted in
 * words changed, left out or added (an edit distance over words, the
 * passage's start and end free; of two as different, the one with more
 * words the same): the passage, its words that differ, and the
 * quotation's. */
void
fv_quote_closest_passage (const Pattern *pattern,
                          const Folded  *quote,
                          const char    *quote_text,
                          const Folded  *para,
                          const char    *text,
                          FvQuoteMatch  *match,
                          guint64       *work)
{
  static const Span gap = { G_MAXUINT, 0 };
  g_autoptr(GArray) qt = g_array_new (FALSE, FALSE, sizeof (Span));
  g_autoptr(GArray) pt = g_array_new (FALSE, FALSE, sizeof (Span));
  g_autofree guint8 *dir = NULL;
  g_autofree gint64 *prev = NULL;
  g_autofree gint64 *cur = NULL;
  gint64 edit;
  guint q, p, best = 0, i, j;

  if (pattern->gap_before)
    g_array_append_val (qt, gap);
  for (guint k = 0; k < pattern->parts->len; k++)
    {
      const Span *part = &g_array_index (pattern->parts, Span, k);

      if (k > 0)
        g_array_append_val (qt, gap);
      tokenize (quote, part->start, part->start + part->length, qt);
    }
  if (pattern->gap_after)
    g_array_append_val (qt, gap);
  tokenize (para, 0, para->n, pt);
  q = qt->len;
  p = pt->len;
  if (q == 0 || p == 0 || (guint64) (q + 1) * (p + 1) > FV_QUOTE_MAX_CELLS)
    return;

  dir = g_new0 (guint8, (gsize) (q + 1) * (p + 1));
  /* An edit costs more than all the words that can be the same. */
  edit = q + 1;
  prev = g_new0 (gint64, p + 1);
  cur = g_new0 (gint64, p + 1);
  for (i = 1; i <= q; i++)
    {
      const Span *qi = &g_array_index (qt, Span, i - 1);
      guint8 *row = dir + (gsize) i * (p + 1);

      if (qi->start == G_MAXUINT)
        {
          cur[0] = prev[0];
          row[0] = GAP_NONE;
        }
      else
        {
          cur[0] = prev[0] + edit;
          row[0] = QUOTE_ONLY;
        }
      for (j = 1; j <= p; j++)
        {
          (*work)++;
          if (qi->start == G_MAXUINT)
            {
              cur[j] = prev[j];
              row[j] = GAP_NONE;
              if (cur[j - 1] < cur[j])
                {
                  cur[j] = cur[j - 1];
                  row[j] = GAP_TEXT;
                }
              continue;
            }
          cur[j] = prev[j - 1] +
                   (tokens_equal (quote, qi, para, &g_array_index (pt, Span, j - 1)) ? -1 : edit);
          row[j] = DIAGONAL;
          if (prev[j] + edit < cur[j])
            {
              cur[j] = prev[j] + edit;
              row[j] = QUOTE_ONLY;
            }
          if (cur[j - 1] + edit < cur[j])
            {
              cur[j] = cur[j - 1] + edit;
              row[j] = TEXT_ONLY;
            }
        }
      {
        gint64 *swap = prev;

        prev = cur;
        cur = swap;
      }
    }

  /* The earliest end of the least different passage; but where it ends
   * by leaving out the quotation's last word and the text's next word
   * could stand for it at the same cost, that word is taken: a word
   * changed at the end is a word changed, as it is anywhere else (the
   * first word is, by the order of the steps above). */
  for (j = 1; j <= p; j++)
    if (prev[j] < prev[best])
      best = j;
  if (best < p && prev[best + 1] == prev[best] &&
      dir[(gsize) q * (p + 1) + best] == QUOTE_ONLY &&
      dir[(gsize) q * (p + 1) + best + 1] == DIAGONAL &&
      fv_is_word (para->chars[g_array_index (pt, Span, best).start]))
    best++;

  match->differ = g_array_new (FALSE, FALSE, sizeof (FvTextRange));
  match->missing = g_ptr_array_new_with_free_func (g_free);
  i = q;
  j = best;
  while (i > 0)
    {
      guint8 d = dir[(gsize) i * (p + 1) + j];
      const Span *qi = &g_array_index (qt, Span, i - 1);
      const Span *pj = j > 0 ? &g_array_index (pt, Span, j - 1) : NULL;
      gboolean text_differs = FALSE, quote_differs = FALSE;

      switch (d)
        {
        case DIAGONAL:
          text_differs = quote_differs = !tokens_equal (quote, qi, para, pj);
          i--;
          j--;
          break;
        case QUOTE_ONLY:
          quote_differs = TRUE;
          i--;
          break;
        case TEXT_ONLY:
          text_differs = TRUE;
          j--;
          break;
        case GAP_TEXT:
          j--;
          break;
        default:
          i--;
          break;
        }
      if (text_differs)
        {
          FvTextRange range = { para->offsets[pj->start],
                                fv_folded_byte_end (para, text, pj->start + pj->length) };

          g_array_prepend_val (match->differ, range);
        }
      if (quote_differs)
        {
          gsize start = quote->offsets[qi->start];
          gsize end = fv_folded_byte_end (quote, quote_text, qi->start + qi->length);

          g_ptr_array_insert (match->missing, 0, g_strndup (quote_text + start, end - start));
        }
    }

  if (j < best)
    {
      const Span *first = &g_array_index (pt, Span, j);
      const Span *last = &g_array_index (pt, Span, best - 1);
      FvTextRange passage = { para->offsets[first->start],
                              fv_folded_byte_end (para, text, last->start + last->length) };

      g_array_append_val (match->ranges, passage);
    }
}
