/* fv-validation.c — --validate --json's report: files' problems as JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Here, not in the command line, because json-glib is the model layer's
 * alone: the layers above it see models and problems, never JSON.
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "fv-validation.h"

/* A file name as JSON can hold it: UTF-8 as it is, and each byte that is
 * not UTF-8 written "\\xNN", so that no name is mangled into another. */
static char *
json_file_name (const char *name)
{
  const char *p = name, *end = name + strlen (name);
  GString *str = g_string_sized_new (end - p);

  while (p < end)
    {
      const char *valid_end;

      g_utf8_validate (p, end - p, &valid_end);
      g_string_append_len (str, p, valid_end - p);
      p = valid_end;
      if (p < end)
        g_string_append_printf (str, "\\x%02X", (guchar) *p++);
    }
  return g_string_free (str, FALSE);
}

struct _FvValidationReport
{
  JsonBuilder *builder;
  gboolean     several;
};

/**
 * fv_validation_report_new:
 * @several: whether the report is of several files (an array of them)
 *
 * Returns: (transfer full): a report that fv_validation_report_finish()
 * writes and frees.
 */
FvValidationReport *
fv_validation_report_new (gboolean several)
{
  FvValidationReport *report = g_new0 (FvValidationReport, 1);

  report->builder = json_builder_new ();
  report->several = several;
  if (several)
    json_builder_begin_array (report->builder);

  return report;
}

/**
 * fv_validation_report_add:
 * @report: a report
 * @name: the file's name as the user gave it
 * @model: (nullable): the model, when the file is valid
 * @problems: (nullable): the problems that made it invalid
 * @bytes: (nullable): the file's bytes, to place a valid model's warnings
 *
 * Adds one file's validation: {"file", "valid", "problems": [{"line",
 * "column", "path", "message", "severity"}], "more_problems",
 * "translations": {"es": {"texts", "missing"}}}.
 */
void
fv_validation_report_add (FvValidationReport *report,
                          const char         *name,
                          FvModel            *model,
                          GPtrArray          *problems,
                          GBytes             *bytes)
{
  JsonBuilder *builder;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GArray) stats = NULL;
  GPtrArray *listed = problems;
  g_autofree char *json_name = NULL;
  guint64 more = 0;

  g_return_if_fail (report != NULL);
  g_return_if_fail (name != NULL);

  json_name = json_file_name (name);

  builder = report->builder;
  if (model != NULL)
    {
      warnings = fv_model_check_translations (model, &stats);
      if (bytes != NULL)
        fv_model_locate_problems (bytes, warnings);
      listed = warnings;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "file");
  json_builder_add_string_value (builder, json_name);
  json_builder_set_member_name (builder, "valid");
  json_builder_add_boolean_value (builder, model != NULL);

  json_builder_set_member_name (builder, "problems");
  json_builder_begin_array (builder);
  for (guint i = 0; listed != NULL && i < listed->len; i++)
    {
      const FvProblem *problem = g_ptr_array_index (listed, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "line");
      json_builder_add_int_value (builder, problem->line);
      json_builder_set_member_name (builder, "column");
      json_builder_add_int_value (builder, problem->column);
      json_builder_set_member_name (builder, "path");
      if (problem->path != NULL)
        json_builder_add_string_value (builder, problem->path);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, problem->message);
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder, problem->severity == FV_PROBLEM_WARNING ? "warning"
                                                                                       : "error");
      json_builder_end_object (builder);
      more += problem->n_more;
    }
  json_builder_end_array (builder);
  /* Past the list's end, counted, not listed (see FV_PROBLEMS_MAX). */
  json_builder_set_member_name (builder, "more_problems");
  json_builder_add_int_value (builder, more);

  json_builder_set_member_name (builder, "translations");
  json_builder_begin_object (builder);
  for (guint i = 0; stats != NULL && i < stats->len; i++)
    {
      const FvTranslationStats *s = &g_array_index (stats, FvTranslationStats, i);

      json_builder_set_member_name (builder, s->language);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "texts");
      json_builder_add_int_value (builder, s->n_texts);
      json_builder_set_member_name (builder, "missing");
      json_builder_add_int_value (builder, s->n_missing);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

/**
 * fv_validation_report_finish:
 * @report: (transfer full): a report
 *
 * Returns: (transfer full): the report as pretty-printed JSON; @report is
 * freed.
 */
char *
fv_validation_report_finish (FvValidationReport *report)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (report != NULL, NULL);

  if (report->several)
    json_builder_end_array (report->builder);
  root = json_builder_get_root (report->builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  g_object_unref (report->builder);
  g_free (report);

  return json_generator_to_data (generator, NULL);
}
