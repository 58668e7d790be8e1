/* fv-quote-check.c — a model's quoted words against its source's text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules a newsroom accepts, and nothing more: both sides in Unicode's
 * composed form (NFC), typographic and straight quotation marks and
 * apostrophes the same, every dash the same, any run of white space the
 * same (the folding of fv_text_fold_quotation()). Square brackets mark the
 * editor's words ("[We do] not conduct"): the bracketed part stands for any
 * words or none, though words the source itself has in brackets match
 * first. An ellipsis ("…" or "...") skips words within the paragraph. A
 * quotation begins and ends on whole words, and so does each part of it
 * between two left out. Case, punctuation and every word count.
 *
 * Costs: each paragraph is folded once, then each quotation's parts are
 * looked for with Knuth–Morris–Pratt, the first part's earliest place,
 * then the next part's after it, and so on: at most (parts + 1) passes
 * over the text a quotation, each linear in it. Only for a quotation that
 * is in no paragraph does a word-by-word comparison with its cited
 * paragraph find the closest passage (fv-quote-passage.c): quoted
 * words × the paragraph's words, up to FV_QUOTE_MAX_CELLS.
 */
#include "config.h"

#include <string.h>

#include "fv-quote-check-private.h"

struct _FvQuoteChecker
{
  FvSourceText *text;
  Folded      **paragraphs;  /* folded when first needed */
  guint64       work;
};

/* As fv_text_fold_quotation() folds a character. */
static gunichar
fold_char (gunichar c)
{
  switch (c)
    {
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: case 0x2039:
    case 0x203a:
      return '\'';
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: case 0x00ab:
    case 0x00bb:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212:
      return '-';
    default:
      return c;
    }
}

static Folded *
folded_new (const char *text)
{
  gsize length = strlen (text);
  Folded *f = g_new0 (Folded, 1);
  gboolean space = FALSE;
  guint32 space_at = 0;

  f->chars = g_new (gunichar, length + 1);
  f->offsets = g_new (guint32, length + 1);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          if (!space && f->n > 0)
            {
              space = TRUE;
              space_at = p - text;
            }
          continue;
        }
      if (space)
        {
          f->chars[f->n] = ' ';
          f->offsets[f->n++] = space_at;
          space = FALSE;
        }
      f->chars[f->n] = fold_char (c);
      f->offsets[f->n++] = p - text;
    }

  return f;
}

static void
folded_free (Folded *f)
{
  if (f == NULL)
    return;
  g_free (f->chars);
  g_free (f->offsets);
  g_free (f);
}

static void
add_part (Pattern      *pattern,
          const Folded *quote,
          guint         start,
          guint         end)
{
  Span span;

  while (start < end && quote->chars[start] == ' ')
    start++;
  while (end > start && quote->chars[end - 1] == ' ')
    end--;
  if (end == start)
    return;

  span.start = start;
  span.length = end - start;
  g_array_append_val (pattern->parts, span);
}

/* The quotation's parts between "[…]" and "…" (GAPS), or the whole of it
 * as one part (!GAPS). */
static Pattern
pattern_new (const Folded *quote,
             gboolean      gaps)
{
  Pattern pattern = { g_array_new (FALSE, FALSE, sizeof (Span)), FALSE, FALSE };
  gboolean any_gap = FALSE;
  guint start = 0;
  guint i = 0;
  guint before;

  while (gaps && i < quote->n)
    {
      guint skip = 0;

      if (quote->chars[i] == 0x2026)
        skip = 1;
      else if (i + 2 < quote->n && quote->chars[i] == '.' && quote->chars[i + 1] == '.' &&
               quote->chars[i + 2] == '.')
        skip = 3;
      else if (quote->chars[i] == '[')
        {
          for (guint j = i + 1; j < quote->n && skip == 0; j++)
            if (quote->chars[j] == ']')
              skip = j + 1 - i;
        }
      if (skip == 0)
        {
          i++;
          continue;
        }

      add_part (&pattern, quote, start, i);
      if (pattern.parts->len == 0)
        pattern.gap_before = TRUE;
      any_gap = TRUE;
      i += skip;
      start = i;
    }
  before = pattern.parts->len;
  add_part (&pattern, quote, start, quote->n);
  pattern.gap_after = any_gap && pattern.parts->len == before;

  return pattern;
}

/* Where in PARA, from FROM on, the part PART of QUOTE is, whole: the first
 * place it begins and ends on a word's edge. Knuth–Morris–Pratt, so that
 * the cost is the paragraph's length plus the part's. */
static gboolean
find_part (FvQuoteChecker *self,
           const Folded   *quote,
           const Span     *part,
           const Folded   *para,
           guint           from,
           guint          *at)
{
  const gunichar *seg = quote->chars + part->start;
  guint m = part->length;
  g_autofree guint *fail = g_new (guint, m);
  gboolean word_first = fv_is_word (seg[0]);
  gboolean word_last = fv_is_word (seg[m - 1]);
  guint k = 0;

  fail[0] = 0;
  for (guint i = 1; i < m; i++)
    {
      while (k > 0 && seg[i] != seg[k])
        k = fail[k - 1];
      if (seg[i] == seg[k])
        k++;
      fail[i] = k;
      self->work++;
    }

  k = 0;
  for (guint i = from; i < para->n; i++)
    {
      self->work++;
      while (k > 0 && seg[k] != para->chars[i])
        {
          k = fail[k - 1];
          self->work++;
        }
      if (seg[k] == para->chars[i])
        k++;
      if (k == m)
        {
          guint start = i + 1 - m;

          if (!(word_first && start > 0 && fv_is_word (para->chars[start - 1])) &&
              !(word_last && i + 1 < para->n && fv_is_word (para->chars[i + 1])))
            {
              *at = start;
              return TRUE;
            }
          k = fail[k - 1];
        }
    }

  return FALSE;
}

/* Each part at the earliest place after the one before: if the parts are
 * anywhere in this order, they are there. */
static gboolean
match_pattern (FvQuoteChecker *self,
               const Pattern  *pattern,
               const Folded   *quote,
               const Folded   *para,
               const char     *text,
               GArray         *ranges)
{
  guint from = 0;

  if (pattern->parts->len == 0)
    return FALSE;

  g_array_set_size (ranges, 0);
  for (guint i = 0; i < pattern->parts->len; i++)
    {
      const Span *part = &g_array_index (pattern->parts, Span, i);
      FvTextRange range;
      guint at;

      if (!find_part (self, quote, part, para, from, &at))
        return FALSE;
      from = at + part->length;
      range.start = para->offsets[at];
      range.end = fv_folded_byte_end (para, text, from);
      g_array_append_val (ranges, range);
    }

  return TRUE;
}

static const Folded *
paragraph_folded (FvQuoteChecker *self,
                  guint           number)
{
  if (self->paragraphs[number - 1] == NULL)
    {
      self->paragraphs[number - 1] = folded_new (fv_source_text_get_paragraph (self->text, number));
      self->work += self->paragraphs[number - 1]->n;
    }

  return self->paragraphs[number - 1];
}

/**
 * fv_quote_checker_new:
 * @text: the source's text
 *
 * Returns: (transfer full): a checker of quotations against @text, which
 *   folds each paragraph once, when a quotation first needs it
 */
FvQuoteChecker *
fv_quote_checker_new (FvSourceText *text)
{
  FvQuoteChecker *self;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_new0 (FvQuoteChecker, 1);
  self->text = fv_source_text_ref (text);
  self->paragraphs = g_new0 (Folded *, fv_source_text_get_n_paragraphs (text));

  return self;
}

void
fv_quote_checker_free (FvQuoteChecker *self)
{
  g_return_if_fail (self != NULL);

  for (guint i = 0; i < fv_source_text_get_n_paragraphs (self->text); i++)
    folded_free (self->paragraphs[i]);
  g_free (self->paragraphs);
  fv_source_text_unref (self->text);
  g_free (self);
}

/**
 * fv_quote_checker_get_work:
 *
 * Returns: the steps the checker has taken so far (characters compared,
 *   folded, and cells of the word-by-word comparison): what its cost
 *   grows with, for a test to compare at two sizes
 */
guint64
fv_quote_checker_get_work (FvQuoteChecker *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->work;
}

static gboolean
match_in (FvQuoteChecker *self,
          const Pattern  *whole,
          const Pattern  *gapped,
          const Folded   *quote,
          guint           number,
          GArray         *ranges)
{
  const Folded *para = paragraph_folded (self, number);
  const char *text = fv_source_text_get_paragraph (self->text, number);

  /* The words as they are first, brackets and dots too: a source may have
   * its own "[We do]". */
  return match_pattern (self, whole, quote, para, text, ranges) ||
         (gapped != NULL && match_pattern (self, gapped, quote, para, text, ranges));
}

/**
 * fv_quote_checker_match:
 * @quote: quoted words
 * @paragraph: the paragraph the reference cites, from 1; 0 for none
 * @match: (out caller-allocates): where they are; clear it with
 *   fv_quote_match_clear()
 *
 * Looks for @quote in the cited paragraph, then in the others in order.
 * Quoted words found in a text without a cited paragraph are verbatim.
 */
void
fv_quote_checker_match (FvQuoteChecker *self,
                        const char     *quote,
                        guint           paragraph,
                        FvQuoteMatch   *match)
{
  g_autofree char *composed = NULL;
  Folded *folded;
  Pattern whole, gapped;
  guint n;
  gboolean has_gaps;

  g_return_if_fail (self != NULL);
  g_return_if_fail (quote != NULL);
  g_return_if_fail (match != NULL);

  memset (match, 0, sizeof *match);
  match->ranges = g_array_new (FALSE, FALSE, sizeof (FvTextRange));
  match->status = FV_QUOTE_NOT_FOUND;

  composed = g_utf8_normalize (quote, -1, G_NORMALIZE_NFC);
  if (composed == NULL)
    return;
  folded = folded_new (composed);
  self->work += folded->n;
  whole = pattern_new (folded, FALSE);
  gapped = pattern_new (folded, TRUE);
  has_gaps = gapped.gap_before || gapped.gap_after || gapped.parts->len > 1;
  n = fv_source_text_get_n_paragraphs (self->text);

  if (paragraph >= 1 && paragraph <= n &&
      match_in (self, &whole, has_gaps ? &gapped : NULL, folded, paragraph, match->ranges))
    {
      match->status = FV_QUOTE_VERBATIM;
      match->paragraph = paragraph;
    }
  for (guint p = 1; p <= n && match->status == FV_QUOTE_NOT_FOUND; p++)
    if (p != paragraph &&
        match_in (self, &whole, has_gaps ? &gapped : NULL, folded, p, match->ranges))
      {
        match->status = paragraph == 0 ? FV_QUOTE_VERBATIM : FV_QUOTE_ELSEWHERE;
        match->paragraph = p;
      }

  if (match->status == FV_QUOTE_NOT_FOUND)
    {
      g_array_set_size (match->ranges, 0);
      if (paragraph >= 1 && paragraph <= n)
        {
          match->paragraph = paragraph;
          fv_quote_closest_passage (&gapped, folded, composed, paragraph_folded (self, paragraph),
                                    fv_source_text_get_paragraph (self->text, paragraph), match,
                                    &self->work);
        }
    }

  g_array_unref (whole.parts);
  g_array_unref (gapped.parts);
  folded_free (folded);
}

void
fv_quote_match_clear (FvQuoteMatch *match)
{
  g_return_if_fail (match != NULL);

  g_clear_pointer (&match->ranges, g_array_unref);
  g_clear_pointer (&match->differ, g_array_unref);
  g_clear_pointer (&match->missing, g_ptr_array_unref);
}

static void
check_free (gpointer data)
{
  FvQuoteCheck *check = data;

  fv_quote_match_clear (&check->match);
  g_free (check);
}

typedef void (*QuotedFunc) (const char        *kind,
                            const char        *id,
                            const FvReference *reference,
                            gpointer           user_data);

static void
visit_references (const char         *kind,
                  const char         *id,
                  const FvReferences *references,
                  QuotedFunc          func,
                  gpointer            user_data)
{
  for (guint i = 0; i < references->n_items; i++)
    if (references->items[i].quote != NULL)
      func (kind, id, &references->items[i], user_data);
}

/* Calls @func for each reference of @model with quoted words, in the
 * model's order (actors, events, statements, figures, case studies). */
static void
visit_quoted (FvModel    *model,
              QuotedFunc  func,
              gpointer    user_data)
{
  for (guint i = 0; i < fv_model_get_n_actors (model); i++)
    {
      const FvActor *actor = fv_model_get_actor (model, i);

      visit_references ("actor", actor->id, &actor->references, func, user_data);
    }
  for (guint i = 0; i < fv_model_get_n_events (model); i++)
    {
      const FvEvent *event = fv_model_get_event (model, i);

      visit_references ("event", event->id, &event->references, func, user_data);
    }
  for (guint i = 0; i < fv_model_get_n_statements (model); i++)
    {
      const FvStatement *statement = fv_model_get_statement (model, i);

      visit_references ("statement", statement->id, &statement->references, func, user_data);
    }
  for (guint i = 0; i < fv_model_get_n_figures (model); i++)
    {
      const FvFigure *figure = fv_model_get_figure (model, i);

      visit_references ("figure", figure->id, &figure->references, func, user_data);
    }
  for (guint i = 0; i < fv_model_get_n_cases (model); i++)
    {
      const FvCase *c = fv_model_get_case (model, i);

      visit_references ("case", c->id, &c->references, func, user_data);
      for (guint j = 0; j < c->n_tactics; j++)
        visit_references ("case", c->id, &c->tactics[j].references, func, user_data);
      for (guint j = 0; j < c->n_outcomes; j++)
        visit_references ("case", c->id, &c->outcomes[j].references, func, user_data);
      visit_references ("case", c->id, &c->lesson.references, func, user_data);
    }
}

typedef struct
{
  GPtrArray      *checks;
  FvQuoteChecker *checker;
  const FvSource *source;
} CheckWalk;

static void
check_reference (const char        *kind,
                 const char        *id,
                 const FvReference *ref,
                 gpointer           user_data)
{
  CheckWalk *walk = user_data;
  FvQuoteCheck *check;

  if (ref->source != walk->source)
    return;

  check = g_new0 (FvQuoteCheck, 1);
  check->kind = kind;
  check->id = id;
  check->reference = ref;
  fv_quote_checker_match (walk->checker, ref->quote, ref->paragraph, &check->match);
  g_ptr_array_add (walk->checks, check);
}

/**
 * fv_quote_check_model:
 * @source: the source whose text @text is
 * @work: (out) (optional): the steps taken (fv_quote_checker_get_work())
 *
 * Returns: (transfer full) (element-type FvQuoteCheck): each reference of
 *   @model with quoted words into @source, in the model's order (actors,
 *   events, statements, figures, case studies), with where its words are
 */
GPtrArray *
fv_quote_check_model (FvModel        *model,
                      const FvSource *source,
                      FvSourceText   *text,
                      guint64        *work)
{
  g_autoptr(FvQuoteChecker) checker = NULL;
  CheckWalk walk;

  g_return_val_if_fail (FV_IS_MODEL (model), NULL);
  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  checker = fv_quote_checker_new (text);
  walk.checks = g_ptr_array_new_with_free_func (check_free);
  walk.checker = checker;
  walk.source = source;
  visit_quoted (model, check_reference, &walk);

  if (work != NULL)
    *work = checker->work;

  return walk.checks;
}

static void
count_source (const char        *kind,
              const char        *id,
              const FvReference *ref,
              gpointer           user_data)
{
  g_hash_table_add (user_data, (gpointer) ref->source);
}

/**
 * fv_quote_sources:
 *
 * Returns: (transfer container) (element-type FvSource): the sources of
 *   @model that some reference quotes words of, in the model's order
 */
GPtrArray *
fv_quote_sources (FvModel *model)
{
  g_autoptr(GHashTable) quoted = g_hash_table_new (NULL, NULL);
  GPtrArray *sources = g_ptr_array_new ();

  g_return_val_if_fail (FV_IS_MODEL (model), NULL);

  visit_quoted (model, count_source, quoted);
  for (guint i = 0; i < fv_model_get_n_sources (model); i++)
    if (g_hash_table_contains (quoted, fv_model_get_source (model, i)))
      g_ptr_array_add (sources, (gpointer) fv_model_get_source (model, i));

  return sources;
}
