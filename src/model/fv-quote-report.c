/* fv-quote-report.c — --check-quotes --json's report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written with json-glib here because json-glib is the model layer's
 * alone. One document: the model, whether every quotation is verbatim in
 * its cited paragraph, and for each source text checked its file, its
 * SHA-256 digest and each quotation's result. Places in a paragraph are
 * given as its words (the passage, the words that differ), not as byte
 * offsets, which a reader of JSON would count in characters.
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "fv-quote-report.h"

struct _FvQuoteReport
{
  JsonBuilder *builder;
};

/**
 * fv_quote_status_name:
 *
 * Returns: the status as the JSON report names it: "verbatim",
 *   "elsewhere" or "not-found"
 */
const char *
fv_quote_status_name (FvQuoteStatus status)
{
  switch (status)
    {
    case FV_QUOTE_VERBATIM:
      return "verbatim";
    case FV_QUOTE_ELSEWHERE:
      return "elsewhere";
    case FV_QUOTE_NOT_FOUND:
    default:
      return "not-found";
    }
}

/**
 * fv_quote_report_new:
 *
 * Returns: (transfer full): a report that fv_quote_report_finish() writes
 *   and frees
 */
FvQuoteReport *
fv_quote_report_new (const char *model_name)
{
  FvQuoteReport *report;

  g_return_val_if_fail (model_name != NULL, NULL);

  report = g_new0 (FvQuoteReport, 1);
  report->builder = json_builder_new ();
  json_builder_begin_object (report->builder);
  json_builder_set_member_name (report->builder, "model");
  json_builder_add_string_value (report->builder, model_name);
  json_builder_set_member_name (report->builder, "sources");
  json_builder_begin_array (report->builder);

  return report;
}

static void
add_text (JsonBuilder *builder,
          const char  *name,
          const char  *text,
          gsize        start,
          gsize        end)
{
  g_autofree char *value = g_strndup (text + start, end - start);

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_check (JsonBuilder        *builder,
           FvSourceText       *text,
           const FvQuoteCheck *check)
{
  const FvQuoteMatch *match = &check->match;
  const char *paragraph = fv_source_text_get_paragraph (text, match->paragraph);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "fact");
  json_builder_add_string_value (builder, check->kind);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, check->id);
  json_builder_set_member_name (builder, "paragraph");
  json_builder_add_int_value (builder, check->reference->paragraph);
  json_builder_set_member_name (builder, "quote");
  json_builder_add_string_value (builder, check->reference->quote);
  json_builder_set_member_name (builder, "result");
  json_builder_add_string_value (builder, fv_quote_status_name (match->status));

  if (match->status != FV_QUOTE_NOT_FOUND)
    {
      json_builder_set_member_name (builder, "found_in");
      json_builder_add_int_value (builder, match->paragraph);
    }
  else if (paragraph != NULL && match->ranges->len > 0)
    {
      const FvTextRange *passage = &g_array_index (match->ranges, FvTextRange, 0);

      add_text (builder, "closest_passage", paragraph, passage->start, passage->end);
      json_builder_set_member_name (builder, "differing_words");
      json_builder_begin_array (builder);
      for (guint i = 0; match->differ != NULL && i < match->differ->len; i++)
        {
          const FvTextRange *range = &g_array_index (match->differ, FvTextRange, i);
          g_autofree char *word = g_strndup (paragraph + range->start, range->end - range->start);

          json_builder_add_string_value (builder, word);
        }
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "quoted_words");
      json_builder_begin_array (builder);
      for (guint i = 0; match->missing != NULL && i < match->missing->len; i++)
        json_builder_add_string_value (builder, g_ptr_array_index (match->missing, i));
      json_builder_end_array (builder);
    }

  json_builder_end_object (builder);
}

/**
 * fv_quote_report_add:
 * @file: the source text's file, as the command line named it
 * @checks: (element-type FvQuoteCheck): fv_quote_check_model()'s result
 */
void
fv_quote_report_add (FvQuoteReport  *report,
                     const FvSource *source,
                     const char     *file,
                     FvSourceText   *text,
                     GPtrArray      *checks)
{
  JsonBuilder *builder;

  g_return_if_fail (report != NULL);
  g_return_if_fail (source != NULL && file != NULL && text != NULL && checks != NULL);

  builder = report->builder;
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "source");
  json_builder_add_string_value (builder, source->id);
  json_builder_set_member_name (builder, "file");
  json_builder_add_string_value (builder, file);
  json_builder_set_member_name (builder, "sha256");
  json_builder_add_string_value (builder, fv_source_text_get_sha256 (text));
  json_builder_set_member_name (builder, "paragraphs");
  json_builder_add_int_value (builder, fv_source_text_get_n_paragraphs (text));
  json_builder_set_member_name (builder, "quotations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < checks->len; i++)
    add_check (builder, text, g_ptr_array_index (checks, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/**
 * fv_quote_report_finish:
 * @report: (transfer full): a report
 * @verbatim: whether every quotation is verbatim in its cited paragraph
 *
 * Returns: (transfer full): the report as pretty-printed JSON; @report is
 *   freed
 */
char *
fv_quote_report_finish (FvQuoteReport *report,
                        gboolean       verbatim)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (report != NULL, NULL);

  json_builder_end_array (report->builder);
  json_builder_set_member_name (report->builder, "verbatim");
  json_builder_add_boolean_value (report->builder, verbatim);
  json_builder_end_object (report->builder);
  root = json_builder_get_root (report->builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  g_object_unref (report->builder);
  g_free (report);

  return json_generator_to_data (generator, NULL);
}
