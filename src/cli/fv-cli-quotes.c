/* fv-cli-quotes.c — --check-quotes: each quotation against its source's text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fact-viewer --check-quotes [--json] --source-text=ID=FILE… [MODEL]: one
 * line for each reference with quoted words into a source whose text is
 * given, then one line for the source. Exit status 0 when every quotation
 * is verbatim in its cited paragraph, 1 otherwise (or when the model does
 * not load), 2 when a source text cannot be read or names no source of
 * the model. The matching is the model layer's (fv-quote-check.c).
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fv-cli.h"
#include "fv-cli-private.h"
#include "fv-format.h"
#include "fv-quote-report.h"

static const char *
kind_name (const char *kind)
{
  if (g_str_equal (kind, "actor"))
    return C_("fact kind", "actor");
  if (g_str_equal (kind, "event"))
    return C_("fact kind", "event");
  if (g_str_equal (kind, "statement"))
    return C_("fact kind", "statement");
  if (g_str_equal (kind, "figure"))
    return C_("fact kind", "figure");
  return C_("fact kind", "case study");
}

/* The closest passage, each word that differs between ⟦ and ⟧. */
static char *
marked_passage (const char         *paragraph,
                const FvQuoteMatch *match)
{
  const FvTextRange *passage = &g_array_index (match->ranges, FvTextRange, 0);
  GString *str = g_string_new (NULL);
  gsize at = passage->start;

  for (guint i = 0; match->differ != NULL && i < match->differ->len; i++)
    {
      const FvTextRange *range = &g_array_index (match->differ, FvTextRange, i);

      g_string_append_len (str, paragraph + at, range->start - at);
      g_string_append (str, "⟦");
      g_string_append_len (str, paragraph + range->start, range->end - range->start);
      g_string_append (str, "⟧");
      at = range->end;
    }
  g_string_append_len (str, paragraph + at, passage->end - at);

  return g_string_free (str, FALSE);
}

static char *
describe (const FvQuoteCheck *check,
          FvSourceText       *text)
{
  const FvQuoteMatch *match = &check->match;
  g_autofree char *quote = fv_text_escape_controls (check->reference->quote);
  g_autofree char *place = NULL;
  g_autofree char *result = NULL;

  if (check->reference->paragraph > 0)
    /* translators: where a quotation's reference points: "paragraph 4" */
    place = g_strdup_printf (_("paragraph %u"), check->reference->paragraph);
  else
    place = g_strdup (_("no paragraph given"));

  switch (match->status)
    {
    case FV_QUOTE_VERBATIM:
      if (check->reference->paragraph > 0)
        result = g_strdup (_("verbatim"));
      else
        /* translators: a reference that cites no paragraph: "verbatim in
         * paragraph 4" */
        result = g_strdup_printf (_("verbatim in paragraph %u"), match->paragraph);
      break;
    case FV_QUOTE_ELSEWHERE:
      /* translators: the quoted words are not in the paragraph the model
       * cites, but in this other one */
      result = g_strdup_printf (_("found only in paragraph %u"), match->paragraph);
      break;
    case FV_QUOTE_NOT_FOUND:
    default:
      if (match->paragraph == 0)
        {
          guint n = fv_source_text_get_n_paragraphs (text);

          result = g_strdup_printf (ngettext ("not found; the text has %u paragraph",
                                              "not found; the text has %u paragraphs", n), n);
        }
      else if (match->ranges->len == 0)
        result = g_strdup (_("not found"));
      else
        {
          g_autofree char *marked = marked_passage (
            fv_source_text_get_paragraph (text, match->paragraph), match);
          g_autofree char *shown = fv_text_escape_controls (marked);
          g_autoptr(GString) words = g_string_new (NULL);

          for (guint i = 0; match->missing != NULL && i < match->missing->len; i++)
            {
              g_autofree char *word = fv_text_escape_controls (g_ptr_array_index (match->missing, i));

              if (i > 0)
                g_string_append (words, " ");
              g_string_append (words, word);
            }
          if (words->len > 0)
            /* translators: the words between ⟦ and ⟧ in the passage
             * differ from the quotation's, which come last */
            result = g_strdup_printf (_("not found; closest passage: “%s”; the quotation has “%s”"),
                                      shown, words->str);
          else
            /* translators: the words between ⟦ and ⟧ are in the passage
             * but not in the quotation */
            result = g_strdup_printf (_("not found; closest passage: “%s”"), shown);
        }
    }

  /* translators: "statement st-wooten-trust, paragraph 4: verbatim in
   * paragraph 4: “We’ll never…”": a fact, the place its reference cites,
   * what the check found, and the quoted words */
  return g_strdup_printf (_("%s %s, %s: %s: “%s”\n"), kind_name (check->kind), check->id,
                          place, result, quote);
}

/**
 * fv_cli_check_quotes:
 * @args: the model's file, or none for the built-in model
 * @source_texts: "ID=FILE" for each source whose text is given
 * @json: whether to write one JSON document instead of lines
 *
 * Returns: the exit status
 */
int
fv_cli_check_quotes (const char * const *args,
                     const char * const *source_texts,
                     gboolean            json)
{
  g_autoptr(FvModel) model = fv_cli_load_model (args);
  g_autoptr(GArray) given = NULL;
  /* Each given text's checks, in the same order. */
  g_autoptr(GPtrArray) checks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  gboolean verbatim = TRUE;

  if (model == NULL)
    return 1;
  given = fv_cli_read_source_texts (model, source_texts);
  if (given == NULL)
    return 2;
  if (given->len == 0)
    {
      g_printerr (_("--check-quotes needs the text of a source: --source-text=ID=FILE, or "
                    "a source’s “text_file” in the model\n"));
      return 2;
    }

  for (guint i = 0; i < given->len; i++)
    {
      FvCliSourceText *item = &g_array_index (given, FvCliSourceText, i);
      GPtrArray *its = fv_quote_check_model (model, item->source, item->text, NULL);

      g_ptr_array_add (checks, its);
      for (guint j = 0; j < its->len; j++)
        verbatim &= ((FvQuoteCheck *) g_ptr_array_index (its, j))->match.status ==
                    FV_QUOTE_VERBATIM;
    }

  if (json)
    {
      FvQuoteReport *report = fv_quote_report_new (args != NULL && args[0] != NULL
                                                   ? args[0] : _("built-in model"));
      g_autofree char *text = NULL;

      for (guint i = 0; i < given->len; i++)
        {
          FvCliSourceText *item = &g_array_index (given, FvCliSourceText, i);

          fv_quote_report_add (report, item->source, item->file, item->text,
                               g_ptr_array_index (checks, i));
        }
      text = fv_quote_report_finish (report, verbatim);
      fv_cli_write_utf8 (text);
      fv_cli_write_utf8 ("\n");
      return verbatim ? 0 : 1;
    }

  for (guint i = 0; i < given->len; i++)
    {
      FvCliSourceText *item = &g_array_index (given, FvCliSourceText, i);
      GPtrArray *its = g_ptr_array_index (checks, i);
      guint n_verbatim = 0;
      guint n = its->len;

      for (guint j = 0; j < n; j++)
        {
          const FvQuoteCheck *check = g_ptr_array_index (its, j);
          g_autofree char *line = describe (check, item->text);

          n_verbatim += check->match.status == FV_QUOTE_VERBATIM;
          g_print ("%s", line);
        }
      /* translators: "article: 18 of 18 quotations verbatim in their cited
       * paragraphs; text with SHA-256 …" */
      g_print (ngettext ("%s: %u of %u quotation verbatim in its cited paragraph; text with SHA-256 %s\n",
                         "%s: %u of %u quotations verbatim in their cited paragraphs; text with SHA-256 %s\n",
                         n),
               item->source->id, n_verbatim, n, fv_source_text_get_sha256 (item->text));
    }

  return verbatim ? 0 : 1;
}

