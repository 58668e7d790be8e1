/* fv-reference-format.c — where a fact comes from, written for a reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A fact cites its sources by number in the fact sheet and by title in the
 * window; a quotation is the words of one of them (fv_text_fold_quotation()
 * says how they are compared). A source that a fact cites twice (paragraphs 10 and 11 of the
 * article) is one line with its places together, never two lines under
 * one number, which read as two sources.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fv-i18n.h"
#include "fv-reference-format.h"
#include "fv-format.h"

static void
citation_free (gpointer data)
{
  FvCitation *citation = data;

  g_ptr_array_unref (citation->references);
  g_free (citation);
}

/**
 * fv_citations_new:
 *
 * Returns: (transfer full) (element-type FvCitation): the references of a
 *   fact grouped by source, the sources in the order the fact first cites
 *   them
 */
GPtrArray *
fv_citations_new (const FvReferences *references)
{
  GPtrArray *citations = g_ptr_array_new_with_free_func (citation_free);

  g_return_val_if_fail (references != NULL, citations);

  for (guint i = 0; i < references->n_items; i++)
    {
      const FvReference *ref = &references->items[i];
      FvCitation *citation = NULL;

      /* At most 100 references a fact (docs/fact-model.md, "Sizes"). */
      for (guint c = 0; c < citations->len && citation == NULL; c++)
        if (((FvCitation *) g_ptr_array_index (citations, c))->source == ref->source)
          citation = g_ptr_array_index (citations, c);
      if (citation == NULL)
        {
          citation = g_new0 (FvCitation, 1);
          citation->source = ref->source;
          citation->references = g_ptr_array_new ();
          g_ptr_array_add (citations, citation);
        }
      g_ptr_array_add (citation->references, (gpointer) ref);
    }

  return citations;
}

/**
 * fv_format_list:
 *
 * Returns: "10", "10 and 11", "1, 3 and 8": the items as the language
 *   lists them
 */
char *
fv_format_list (const char * const *items,
                guint               n_items)
{
  GString *head;

  g_return_val_if_fail (items != NULL || n_items == 0, NULL);

  if (n_items == 0)
    return g_strdup ("");
  if (n_items == 1)
    return g_strdup (items[0]);

  head = g_string_new (items[0]);
  for (guint i = 1; i + 1 < n_items; i++)
    {
      /* translators: between the items of a list but the last two: "1, 3 and 8" */
      g_string_append (head, FV_TR_C_("list", ", "));
      g_string_append (head, items[i]);
    }
  {
    g_autofree char *first = g_string_free (head, FALSE);

    /* translators: the last two items of a list: "10 and 11", "1, 3 and 8" */
    return g_strdup_printf (FV_TR_C_("list", "%s and %s"), first, items[n_items - 1]);
  }
}

static int
compare_uint (const void *a,
              const void *b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

static char *
paragraphs_text (const guint *numbers,
                 guint        n)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_strdup_printf ("%u", numbers[i]));
  list = fv_format_list ((const char * const *) items->pdata, items->len);
  /* translators: the paragraphs of a source a fact cites: "paragraph 5",
   * "paragraphs 10 and 11"; %s is the list of their numbers */
  return g_strdup_printf (fv_ngettext ("paragraph %s", "paragraphs %s", n), list);
}

/* "paragraphs 10 and 11", "Sec. 8", or NULL for the whole source: the
 * places of REFS, each once, the paragraphs in order. */
static char *
places_text (const FvReference * const *refs,
             guint                      n_refs,
             guint                     *n_places)
{
  g_autofree guint *numbers = g_new (guint, MAX (n_refs, 1));
  g_autoptr(GPtrArray) locators = g_ptr_array_new ();
  g_autofree char *paragraphs = NULL;
  g_autofree char *located = NULL;
  guint n = 0, unique = 0;

  for (guint i = 0; i < n_refs; i++)
    {
      if (refs[i]->paragraph > 0)
        numbers[n++] = refs[i]->paragraph;
      else if (refs[i]->locator != NULL)
        {
          gboolean seen = FALSE;

          for (guint l = 0; l < locators->len && !seen; l++)
            seen = g_str_equal (g_ptr_array_index (locators, l), refs[i]->locator);
          if (!seen)
            g_ptr_array_add (locators, (gpointer) refs[i]->locator);
        }
    }
  qsort (numbers, n, sizeof numbers[0], compare_uint);
  for (guint i = 0; i < n; i++)
    if (unique == 0 || numbers[unique - 1] != numbers[i])
      numbers[unique++] = numbers[i];

  *n_places = unique + locators->len;
  if (unique > 0)
    paragraphs = paragraphs_text (numbers, unique);
  if (locators->len > 0)
    located = fv_format_list ((const char * const *) locators->pdata, locators->len);

  if (paragraphs != NULL && located != NULL)
    return g_strdup_printf (FV_TR_("%s, %s"), paragraphs, located);
  return paragraphs != NULL ? g_steal_pointer (&paragraphs) : g_steal_pointer (&located);
}

static gboolean
same_fields (const char * const *a,
             const char * const *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strv_equal (a, b);
}

static char *
fields_text (const char * const *fields)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint f = 0; fields[f] != NULL; f++)
    g_ptr_array_add (names, (gpointer) fv_fact_field_name (fields[f]));
  return fv_format_list ((const char * const *) names->pdata, names->len);
}

/* The citation's references that back the same members, in runs: the
 * references of each set of "fields", in the order they first appear. */
static GPtrArray *
runs_by_fields (const FvCitation *citation)
{
  GPtrArray *runs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < citation->references->len; i++)
    {
      const FvReference *ref = g_ptr_array_index (citation->references, i);
      GPtrArray *run = NULL;

      for (guint r = 0; r < runs->len && run == NULL; r++)
        {
          GPtrArray *candidate = g_ptr_array_index (runs, r);
          const FvReference *first = g_ptr_array_index (candidate, 0);

          if (same_fields (first->fields, ref->fields))
            run = candidate;
        }
      if (run == NULL)
        {
          run = g_ptr_array_new ();
          g_ptr_array_add (runs, run);
        }
      g_ptr_array_add (run, (gpointer) ref);
    }

  return runs;
}

/**
 * fv_format_citation:
 *
 * Returns: where a fact comes from in one source, as a line under it:
 *   "Article …, paragraphs 10 and 11 (article)", or "Executive Order 13768,
 *   Sec. 8 (public record), for the date and description" for references
 *   that back some of the fact's members; references that back other
 *   members follow after a semicolon
 */
char *
fv_format_citation (FvModel            *model,
                    const FvCitation   *citation,
                    const char * const *languages)
{
  g_autoptr(GPtrArray) runs = NULL;
  const char *title, *kind;
  GString *line = g_string_new (NULL);

  g_return_val_if_fail (FV_IS_MODEL (model), NULL);
  g_return_val_if_fail (citation != NULL, NULL);

  title = fv_model_text (model, &citation->source->title, languages);
  kind = fv_source_kind_name (citation->source->kind);
  runs = runs_by_fields (citation);

  for (guint r = 0; r < runs->len; r++)
    {
      GPtrArray *run = g_ptr_array_index (runs, r);
      const char * const *fields = ((const FvReference *) g_ptr_array_index (run, 0))->fields;
      guint n_places;
      g_autofree char *places = places_text ((const FvReference * const *) run->pdata, run->len,
                                             &n_places);
      g_autofree char *what = fields != NULL ? fields_text (fields) : NULL;
      g_autofree char *part = NULL;

      if (r == 0)
        {
          g_autofree char *where = places != NULL
                                   /* translators: a source and the places in it a fact
                                    * cites: "Article …, paragraphs 10 and 11" */
                                   ? g_strdup_printf (FV_TR_("%s, %s"), title, places)
                                   : g_strdup (title);

          part = what != NULL
                 /* translators: a source, its kind, and what it gives of the fact:
                  * "Executive Order 13768 (public record), for the date" */
                 ? g_strdup_printf (FV_TR_("%s (%s), for the %s"), where, kind, what)
                 /* translators: a source and its kind: "Article …, paragraph 5 (article)" */
                 : g_strdup_printf (FV_TR_("%s (%s)"), where, kind);
          g_string_append (line, part);
          continue;
        }

      if (places != NULL && what != NULL)
        /* translators: more places in the same source, for other parts of
         * the fact: "paragraph 8, for the description" */
        part = g_strdup_printf (FV_TR_("%s, for the %s"), places, what);
      else if (what != NULL)
        /* translators: the whole source again, for parts of the fact: "for the date" */
        part = g_strdup_printf (FV_TR_("for the %s"), what);
      else
        part = g_strdup (places != NULL ? places : "");
      /* translators: between the parts of one source's line that back
       * different parts of a fact: "…, paragraph 1 (article); paragraph 8,
       * for the description" */
      g_string_append_printf (line, FV_TR_("; %s"), part);
    }

  return g_string_free (line, FALSE);
}

/**
 * fv_format_citation_places:
 *
 * Returns: the source and its places, without its kind: "Article …,
 *   paragraphs 10 and 11", for a table's cell
 */
char *
fv_format_citation_places (FvModel            *model,
                           const FvCitation   *citation,
                           const char * const *languages)
{
  const char *title;
  guint n_places;
  g_autofree char *places = NULL;

  g_return_val_if_fail (FV_IS_MODEL (model), NULL);
  g_return_val_if_fail (citation != NULL, NULL);

  title = fv_model_text (model, &citation->source->title, languages);
  places = places_text ((const FvReference * const *) citation->references->pdata,
                        citation->references->len, &n_places);
  if (places == NULL)
    return g_strdup (title);
  return g_strdup_printf (FV_TR_("%s, %s"), title, places);
}

/**
 * fv_format_citation_short:
 * @number: the source's number in the list of sources a tab shows
 *
 * Returns: where a fact comes from in one source, pointing into a tab's
 *   list of sources instead of naming the source again: "[1] paragraphs 10
 *   and 11", "[2] Sec. 8, for the date", "[1]" for the whole source; a
 *   tab of twenty facts from one story then writes its title, link and
 *   date of reading once
 */
char *
fv_format_citation_short (const FvCitation *citation,
                          guint             number)
{
  g_autoptr(GPtrArray) runs = NULL;
  GString *line;

  g_return_val_if_fail (citation != NULL, NULL);

  /* translators: a source's number in a tab's list of sources, where a
   * fact points to it: "[1]" */
  line = g_string_new (NULL);
  g_string_append_printf (line, FV_TR_("[%u]"), number);
  runs = runs_by_fields (citation);
  for (guint r = 0; r < runs->len; r++)
    {
      GPtrArray *run = g_ptr_array_index (runs, r);
      const char * const *fields = ((const FvReference *) g_ptr_array_index (run, 0))->fields;
      guint n_places;
      g_autofree char *places = places_text ((const FvReference * const *) run->pdata, run->len,
                                             &n_places);
      g_autofree char *what = fields != NULL ? fields_text (fields) : NULL;
      g_autofree char *part = NULL;

      if (places != NULL && what != NULL)
        part = g_strdup_printf (FV_TR_("%s, for the %s"), places, what);
      else if (what != NULL)
        part = g_strdup_printf (FV_TR_("for the %s"), what);
      else if (places != NULL)
        part = g_strdup (places);
      else
        continue;
      if (r == 0)
        {
          g_autofree char *mark = g_string_free (line, FALSE);

          /* translators: a source's number and the places in it a fact
           * cites: "[1] paragraphs 10 and 11" */
          line = g_string_new (NULL);
          g_string_append_printf (line, FV_TR_C_("citation", "%s %s"), mark, part);
        }
      else
        g_string_append_printf (line, FV_TR_("; %s"), part);
    }

  return g_string_free (line, FALSE);
}

/**
 * fv_format_citation_quote:
 *
 * Returns: @reference's quoted words, in quotation marks, under its
 *   citation's line; with its paragraph or locator before them where the
 *   line names several ("paragraph 10: “…”"), so that each quotation says
 *   where it is
 */
char *
fv_format_citation_quote (const FvCitation  *citation,
                          const FvReference *reference)
{
  guint n_places;
  g_autofree char *all = NULL;
  g_autofree char *place = NULL;

  g_return_val_if_fail (citation != NULL, NULL);
  g_return_val_if_fail (reference != NULL && reference->quote != NULL, NULL);

  all = places_text ((const FvReference * const *) citation->references->pdata,
                     citation->references->len, &n_places);
  if (n_places > 1)
    place = places_text (&reference, 1, &n_places);
  if (place != NULL)
    /* translators: quoted words and the place they are in: "paragraph 10: “…”" */
    return g_strdup_printf (FV_TR_("%s: “%s”"), place, reference->quote);
  /* translators: the exact words quoted from a source, in quotation marks */
  return g_strdup_printf (FV_TR_("“%s”"), reference->quote);
}

/**
 * fv_format_reckoning:
 *
 * Returns: (nullable): the model's own reckoning from @reference's place,
 *   marked as the model's and not the source's: "Our reckoning, for the
 *   date: worked out from “nearly 10 years ago”"; NULL when it has none
 */
char *
fv_format_reckoning (const FvReference *reference)
{
  g_autofree char *what = NULL;

  g_return_val_if_fail (reference != NULL, NULL);

  if (reference->reckoning == NULL)
    return NULL;
  if (reference->fields == NULL)
    /* translators: under a source, a value the model's authors worked out
     * from it, with how: not the source's own words */
    return g_strdup_printf (FV_TR_("Our reckoning: %s"), reference->reckoning);
  what = fields_text (reference->fields);
  /* translators: under a source, what the model's authors worked out from
   * it, for which part of the fact, and how: "Our reckoning, for the date:
   * worked out from “nearly 10 years ago”" */
  return g_strdup_printf (FV_TR_("Our reckoning, for the %s: %s"), what, reference->reckoning);
}

/* Each member of a fact that a reference may back ("fields"), as a
 * reader says it: the member's name is the model's word, not the reader's
 * ("for the population" in a Spanish sheet). */
static const struct { const char *field; const char *name; } field_names[] = {
  { "about", NC_("fact field", "subject") },
  { "actor", NC_("fact field", "person or body named") },
  { "actors", NC_("fact field", "people and bodies taking part") },
  { "after", NC_("fact field", "order of events") },
  { "answers", NC_("fact field", "statement answered") },
  { "before", NC_("fact field", "order of events") },
  { "between", NC_("fact field", "order of events") },
  { "approximate", NC_("fact field", "estimate of the date") },
  { "date", NC_("fact field", "date") },
  { "description", NC_("fact field", "description") },
  { "end_date", NC_("fact field", "end date") },
  { "end_precision", NC_("fact field", "precision of the end date") },
  { "events", NC_("fact field", "events") },
  { "figures", NC_("fact field", "figures") },
  { "headings", NC_("fact field", "headings") },
  { "kind", NC_("fact field", "kind") },
  { "label", NC_("fact field", "label") },
  { "lesson", NC_("fact field", "lesson") },
  { "measure", NC_("fact field", "measure") },
  { "name", NC_("fact field", "name") },
  { "outcomes", NC_("fact field", "outcomes") },
  { "place", NC_("fact field", "place") },
  { "population", NC_("fact field", "population counted") },
  { "precision", NC_("fact field", "precision of the date") },
  { "qualifier", NC_("fact field", "exactness of the value") },
  { "role", NC_("fact field", "role") },
  { "setting", NC_("fact field", "setting") },
  { "statements", NC_("fact field", "statements") },
  { "subject", NC_("fact field", "subject") },
  { "summary", NC_("fact field", "summary") },
  { "tactics", NC_("fact field", "tactics") },
  { "text", NC_("fact field", "text") },
  { "title", NC_("fact field", "title") },
  { "translation", NC_("fact field", "translation") },
  { "unit", NC_("fact field", "unit") },
  { "value", NC_("fact field", "value") },
  { "words", NC_("fact field", "words") },
};

/**
 * fv_fact_field_name:
 * @field: a member name of a fact, as a reference's "fields" gives it
 *
 * Returns: what a reader calls it, in the content language: "population"
 *   is "the population counted"; a name the table does not know (a member
 *   a newer schema added) as it is
 */
const char *
fv_fact_field_name (const char *field)
{
  g_return_val_if_fail (field != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (field_names); i++)
    if (g_str_equal (field_names[i].field, field))
      return fv_pgettext2 ("fact field", field_names[i].name);

  return field;
}

/**
 * fv_text_fold_quotation:
 * @text: quoted words
 *
 * Quoted words as they are compared with the source's: each typographic
 * quotation mark or apostrophe as its straight one, each dash or hyphen
 * as "-", each run of white space (no-break spaces among it) as one
 * space, none at either end. Nothing else is changed: a word left out, or
 * one of another case, still differs.
 *
 * Returns: (transfer full): @text folded
 */
char *
fv_text_fold_quotation (const char *text)
{
  GString *folded;
  gboolean space = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  folded = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = folded->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (folded, ' ');
      space = FALSE;
      switch (c)
        {
        case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: case 0x2039:
        case 0x203a:
          g_string_append_c (folded, '\'');
          break;
        case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: case 0x00ab:
        case 0x00bb:
          g_string_append_c (folded, '"');
          break;
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
        case 0x2212:
          g_string_append_c (folded, '-');
          break;
        default:
          g_string_append_unichar (folded, c);
        }
    }

  return g_string_free (folded, FALSE);
}
