/* fv-sheet-quotes.c — the fact sheet's word on quotations checked against their source
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Given the text of a source (fv-source-text.c), the sheet says under that
 * source, in its list of sources, that its quotations were checked, against
 * which text (its SHA-256, whole: a reader can hash their own copy and
 * compare), how many were verbatim in the paragraph they cite, and for each
 * that was not, which fact's it is and where its words were found, if
 * anywhere. A source whose text was not given gets no line: the sheet
 * claims no check it did not make. The matching is the model layer's
 * (fv-quote-check.c), the same as --check-quotes'.
 */
#include "config.h"

#include "fv-format.h"
#include "fv-sheet-private.h"

static void
checked_free (gpointer data)
{
  SheetChecked *checked = data;

  fv_source_text_unref (checked->text);
  g_ptr_array_unref (checked->checks);
  g_free (checked);
}

/* Each source of the model whose text SOURCE_TEXTS (id → FvSourceText)
 * holds, its quotations checked against it: once, here, so that laying
 * out and drawing the sheet cost no more for it. */
void
fv_sheet_check_quotes (FvFactSheet *sheet,
                       GHashTable  *source_texts)
{
  sheet->checked = g_hash_table_new_full (NULL, NULL, NULL, checked_free);
  if (source_texts == NULL)
    return;

  for (guint i = 0; i < fv_model_get_n_sources (sheet->model); i++)
    {
      const FvSource *source = fv_model_get_source (sheet->model, i);
      FvSourceText *text = g_hash_table_lookup (source_texts, source->id);
      SheetChecked *checked;

      if (text == NULL)
        continue;
      checked = g_new0 (SheetChecked, 1);
      checked->text = fv_source_text_ref (text);
      checked->checks = fv_quote_check_model (sheet->model, source, text, NULL);
      g_hash_table_insert (sheet->checked, (gpointer) source, checked);
    }
}

static const char *
kind_name (const char *kind)
{
  if (g_str_equal (kind, "actor"))
    return FV_TR_C_("fact kind", "actor");
  if (g_str_equal (kind, "event"))
    return FV_TR_C_("fact kind", "event");
  if (g_str_equal (kind, "statement"))
    return FV_TR_C_("fact kind", "statement");
  if (g_str_equal (kind, "figure"))
    return FV_TR_C_("fact kind", "figure");
  return FV_TR_C_("fact kind", "case study");
}

/* The words of RANGES in PARAGRAPH, or of WORDS, one space between two. */
static char *
join_words (const char *paragraph,
            GArray     *ranges,
            GPtrArray  *words)
{
  g_autoptr(GString) str = g_string_new (NULL);

  for (guint i = 0; ranges != NULL && i < ranges->len; i++)
    {
      const FvTextRange *range = &g_array_index (ranges, FvTextRange, i);

      if (i > 0)
        g_string_append_c (str, ' ');
      g_string_append_len (str, paragraph + range->start, range->end - range->start);
    }
  for (guint i = 0; words != NULL && i < words->len; i++)
    {
      if (i > 0)
        g_string_append_c (str, ' ');
      g_string_append (str, g_ptr_array_index (words, i));
    }

  /* A file's words, not the model's: shown as they are, but for controls. */
  return fv_text_escape_controls (str->str);
}

/* What became of a quotation that is not verbatim in its cited paragraph. */
static char *
describe_miss (const FvQuoteCheck *check,
               FvSourceText       *text)
{
  const FvQuoteMatch *match = &check->match;
  g_autofree char *place = NULL;
  g_autofree char *result = NULL;

  if (check->reference->paragraph > 0)
    /* translators: where a quotation's reference points: "paragraph 4" */
    place = g_strdup_printf (FV_TR_("paragraph %u"), check->reference->paragraph);
  else
    place = g_strdup (FV_TR_("no paragraph given"));

  if (match->status == FV_QUOTE_ELSEWHERE)
    /* translators: the quoted words are not in the paragraph the model
     * cites, but in this other one */
    result = g_strdup_printf (FV_TR_("found only in paragraph %u"), match->paragraph);
  else if (match->paragraph == 0)
    {
      guint n = fv_source_text_get_n_paragraphs (text);

      result = g_strdup_printf (fv_ngettext ("not found; the text has %u paragraph",
                                             "not found; the text has %u paragraphs", n), n);
    }
  else
    {
      const char *paragraph = fv_source_text_get_paragraph (text, match->paragraph);
      g_autofree char *differ = join_words (paragraph, match->differ, NULL);
      g_autofree char *missing = join_words (NULL, NULL, match->missing);

      if (*differ != '\0' && *missing != '\0')
        /* translators: on a fact sheet, a quotation not in its source's
         * text: the closest passage has the first words where the
         * quotation has the second */
        result = g_strdup_printf (FV_TR_("not found; the text has “%s” where the quotation "
                                         "has “%s”"), differ, missing);
      else if (*differ != '\0')
        /* translators: on a fact sheet, a quotation not in its source's
         * text: the closest passage has these words, which the quotation
         * leaves out */
        result = g_strdup_printf (FV_TR_("not found; the text has “%s”, which the quotation "
                                         "has not"), differ);
      else if (*missing != '\0')
        /* translators: on a fact sheet, a quotation not in its source's
         * text: the quotation has these words, which the closest passage
         * has not */
        result = g_strdup_printf (FV_TR_("not found; the quotation has “%s”, which the text "
                                         "has not"), missing);
      else
        result = g_strdup (FV_TR_("not found"));
    }

  /* translators: on a fact sheet, under a source: a quotation that is not
   * verbatim in the paragraph it cites: "statement st-wooten-trust,
   * paragraph 4: found only in paragraph 5" */
  return g_strdup_printf (FV_TR_("%s %s, %s: %s"), kind_name (check->kind), check->id, place,
                          result);
}

/* Under SOURCE in the list of sources, if its text was given: the text's
 * SHA-256 and how many quotations were verbatim, then a line for each
 * that was not. */
void
fv_sheet_add_quote_checks (FvFactSheet    *sheet,
                           const FvSource *source)
{
  const SheetChecked *checked = g_hash_table_lookup (sheet->checked, source);
  const char *sha256;
  guint n_verbatim = 0;
  guint n;

  if (checked == NULL)
    return;

  sha256 = fv_source_text_get_sha256 (checked->text);
  n = checked->checks->len;
  for (guint i = 0; i < n; i++)
    n_verbatim += ((const FvQuoteCheck *) g_ptr_array_index (checked->checks, i))->match.status ==
                  FV_QUOTE_VERBATIM;

  if (n == 0)
    fv_sheet_add_take (sheet, STYLE_REFERENCE,
                       /* translators: on a fact sheet, under a source whose text was
                        * given: no fact quotes it, so there was nothing to check */
                       g_strdup_printf (FV_TR_("Quotations checked against the text with "
                                               "SHA-256 %s: none of the facts quotes it"),
                                        sha256));
  else
    fv_sheet_add_take (sheet, STYLE_REFERENCE,
                       /* translators: on a fact sheet, under a source whose text was
                        * given: the text's SHA-256 digest, then how many of the
                        * quotations from it are word for word in the paragraph their
                        * reference cites: "17 of 17" */
                       g_strdup_printf (fv_ngettext ("Quotations checked against the text with "
                                                     "SHA-256 %s: %u of %u verbatim in the "
                                                     "cited paragraph",
                                                     "Quotations checked against the text with "
                                                     "SHA-256 %s: %u of %u verbatim in the "
                                                     "cited paragraphs", n),
                                        sha256, n_verbatim, n));
  /* The digest is one word of 64 letters: where the column is narrower it
   * is broken between two of them, whole, and with no hyphen added. */
  g_array_index (sheet->blocks, Block, sheet->blocks->len - 1).unbroken = TRUE;

  for (guint i = 0; i < n; i++)
    {
      const FvQuoteCheck *check = g_ptr_array_index (checked->checks, i);

      if (check->match.status != FV_QUOTE_VERBATIM)
        fv_sheet_add_take (sheet, STYLE_REFERENCE, describe_miss (check, checked->text));
    }
}
