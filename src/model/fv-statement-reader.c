/* fv-statement-reader.c — statements: quotations, paraphrases, their translations and answers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fv-fact-reader.h"
#include "fv-format.h"
#include "fv-kind-reader.h"
#include "fv-language.h"

static const char *statement_members[] = {
  "id", "actor", "kind", "words", "translation", "setting", "about", "date", "precision",
  "answers", "references", NULL
};

/* A quotation's words and a reference's quote, compared as the words
 * said: typographic and straight quotes, dashes and runs of white space
 * count as equal (docs/writing-facts.md); nothing else does. */
static gboolean
quote_holds (const char *quote,
             const char *words)
{
  g_autofree char *q = fv_text_fold_quotation (quote);
  g_autofree char *w = fv_text_fold_quotation (words);

  return *w != '\0' && strstr (q, w) != NULL;
}

/* "words": ["…", "…"]: the parts of one quotation, each a string, shown
 * as one with the gaps marked as the quotation's language marks them: the
 * model's, the only language a quotation's words are known to be in. */
static void
read_parts (FvReader    *r,
            JsonArray   *array,
            FvStatement *statement)
{
  guint n = json_array_get_length (array);
  const char **parts;
  GString *joined;
  guint count = 0;

  if (n < 2)
    {
      fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                         _("A quotation in parts has at least two: give a quotation of one part "
                           "as a string"));
      return;
    }
  if (n > FV_MODEL_MAX_QUOTATION_PARTS)
    {
      fv_reader_problem (r, FV_MODEL_ERROR_VALUE, _("A quotation has at most %d parts; this one "
                                                    "has %u"), FV_MODEL_MAX_QUOTATION_PARTS, n);
      return;
    }

  parts = fv_model_new0 (r->model, const char *, n + 1);
  joined = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      gsize ilen = fv_reader_push_index (r, i);
      const char *part = fv_reader_copy (r, fv_reader_as_string (r, json_array_get_element (array,
                                                                                          i)));

      if (part != NULL)
        {
          if (count > 0)
            g_string_append (joined, fv_language_quotation_gap (r->model->language));
          g_string_append (joined, part);
          parts[count++] = part;
        }
      fv_reader_pop (r, ilen);
    }

  if (count == n)
    {
      statement->parts = parts;
      statement->n_parts = n;
      statement->words.original = fv_reader_copy (r, joined->str);
    }
  g_string_free (joined, TRUE);
}

/* One of the statement's references holds WORDS in its quote. */
static gboolean
quoted_by_references (const FvStatement *statement,
                      const char        *words)
{
  for (guint i = 0; i < statement->references.n_items; i++)
    {
      const char *quote = statement->references.items[i].quote;

      if (quote != NULL && quote != statement->words.original && quote_holds (quote, words))
        return TRUE;
    }
  return FALSE;
}

/* A quotation's words, or each of its parts, are in a reference's quote:
 * or, written once, a reference without a "quote" quotes them. */
static void
check_quoted (FvReader    *r,
              FvStatement *statement)
{
  gboolean found = TRUE;

  if (statement->n_parts == 0)
    found = quoted_by_references (statement, statement->words.original);
  for (guint p = 0; p < statement->n_parts; p++)
    if (!quoted_by_references (statement, statement->parts[p]))
      found = FALSE;

  for (guint i = 0; !found && i < statement->references.n_items; i++)
    if (statement->references.items[i].quote == NULL)
      {
        ((FvReference *) statement->references.items)[i].quote = statement->words.original;
        found = TRUE;
      }

  if (found || statement->references.n_items == 0)
    return;

  if (statement->n_parts > 0)
    {
      for (guint p = 0; p < statement->n_parts; p++)
        if (!quoted_by_references (statement, statement->parts[p]))
          {
            gsize len = fv_reader_push_index (r, p);

            fv_reader_problem (r, FV_MODEL_ERROR_REFERENCE,
                               _("No reference’s “quote” holds this part of the quotation: give "
                                 "each part in the quote of one of the references"));
            fv_reader_pop (r, len);
          }
    }
  else
    fv_reader_problem (r, FV_MODEL_ERROR_REFERENCE,
                       _("A quotation needs a reference whose “quote” holds these exact words; "
                         "where the story interrupts them (“…,” she said, “…”), give the parts "
                         "as an array, \"words\": [\"…\", \"…\"], each in a quote"));
}

void
fv_read_statement (FvReader   *r,
                   JsonObject *object,
                   guint       index)
{
  static const char *kinds[] = { "quotation", "paraphrase", NULL };
  FvStatement *statement = &r->model->statements[index];
  JsonNode *words;
  int kind;

  fv_reader_check_members (r, object, statement_members);
  statement->actor = fv_reader_read_ref (r, object, "actor", FV_KIND_ACTOR, TRUE);
  kind = fv_reader_read_enum (r, object, "kind", kinds, TRUE);
  statement->kind = kind >= 0 ? kind : FV_STATEMENT_PARAPHRASE;
  fv_reader_read_text (r, object, "setting", FALSE, &statement->setting);
  fv_reader_read_text (r, object, "about", FALSE, &statement->about);
  fv_reader_read_date (r, object, "date", "precision", FALSE, &statement->date);
  fv_reader_read_references (r, object, statement_members, &statement->references);

  /* What is answered comes before its answer, in the file as in the story. */
  statement->answers = fv_reader_read_ref (r, object, "answers", FV_KIND_STATEMENT, FALSE);
  if (statement->answers != NULL && statement->answers >= statement)
    {
      gsize len = fv_reader_push_member (r, "answers");

      if (statement->answers == statement)
        fv_reader_problem (r, FV_MODEL_ERROR_REFERENCE, _("A statement does not answer itself"));
      else
        fv_reader_problem (r, FV_MODEL_ERROR_REFERENCE,
                           _("This statement comes before the statement it answers, “%s”: put "
                             "what is answered first"),
                           statement->answers->id);
      statement->answers = NULL;
      fv_reader_pop (r, len);
    }

  words = fv_reader_get_member (r, object, "words", TRUE);
  if (words != NULL && kind == FV_STATEMENT_QUOTATION)
    {
      gsize len = fv_reader_push_member (r, "words");

      /* A quotation is the words that were said, in the language they were
       * said in; what it means in other languages is its "translation". */
      if (JSON_NODE_HOLDS_OBJECT (words))
        fv_reader_problem (r, FV_MODEL_ERROR_TYPE,
                           _("A quotation is the words that were said: give them as a string, and "
                             "translations in “translation”"));
      else if (JSON_NODE_HOLDS_ARRAY (words))
        read_parts (r, json_node_get_array (words), statement);
      else
        statement->words.original = fv_reader_copy (r, fv_reader_as_string (r, words));

      if (statement->words.original != NULL)
        check_quoted (r, statement);
      fv_reader_pop (r, len);

      fv_reader_read_translation (r, object, &statement->translation);
    }
  else if (words != NULL && JSON_NODE_HOLDS_ARRAY (words))
    fv_reader_problem_at (r, "words", FV_MODEL_ERROR_TYPE,
                          _("Only a quotation is given in parts; a paraphrase is a text in your "
                            "own words"));
  else if (words != NULL)
    {
      fv_reader_read_text (r, object, "words", TRUE, &statement->words);

      if (json_object_has_member (object, "translation"))
        {
          gsize len = fv_reader_push_member (r, "translation");
          fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                             _("Only a quotation has a “translation”; a paraphrase is translated in “words”"));
          fv_reader_pop (r, len);
        }
    }
}
