/* fv-model-reader.c — from json-glib's tree to a checked fact model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads schema version 1 (docs/fact-model.md) kind by kind and checks every
 * rule of it, going on after a problem so that an author sees all of them
 * at once. Each problem carries the JSON path of its value; fv_json_locate()
 * later turns paths into lines and columns.
 *
 * Kinds are read in the order in which they refer to each other (sources,
 * actors, events, statements, figures, cases, tabs, charts), each kind by
 * a file of its own (fv-kind-reader.h); this file reads the root.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-fact-reader.h"
#include "fv-kind-reader.h"
#include "fv-language.h"
#include "fv-model-index.h"
#include "fv-model-reader.h"

static const char *root_members[] = {
  "$schema", "schema_version", "language", "title", "summary", "tabs", "sources", "actors",
  "events", "statements", "figures", "cases", "charts", NULL
};

gboolean
fv_model_read (FvModel   *model,
               JsonNode  *root,
               GPtrArray *problems)
{
  FvReader reader = { model, g_array_sized_new (FALSE, FALSE, sizeof (FvReaderStep), 16),
                    problems,
                    g_hash_table_new (fv_language_hash, fv_language_equal) };
  FvReader *r = &reader;
  JsonArray *sources, *actors, *events, *statements, *figures, *cases, *charts;
  guint first_problem = problems->len;
  JsonObject *object;
  const char *language;
  gint64 version = 0;

  object = fv_reader_as_object (r, root);
  if (object == NULL)
    goto out;

  /* The version says how to read the rest: without a known one, stop. */
  if (!json_object_has_member (object, "schema_version"))
    {
      fv_reader_problem (r, FV_MODEL_ERROR_VERSION,
                         _("The required member “schema_version” is missing: is this a fact model?"));
      goto out;
    }
  if (!fv_reader_read_integer (r, object, "schema_version", 0, G_MAXINT32, TRUE, &version))
    goto out;
  if (version != FV_MODEL_SCHEMA_VERSION)
    {
      fv_reader_problem_at (r, "schema_version", FV_MODEL_ERROR_VERSION,
                            _("Schema version %lld is not known to this version of Fact Viewer, "
                              "which reads version %d"),
                  (long long) version, FV_MODEL_SCHEMA_VERSION);
      goto out;
    }

  fv_reader_check_members (r, object, root_members);

  language = fv_reader_read_string (r, object, "language", TRUE);
  if (language != NULL && !fv_language_tag_is_valid (language))
    {
      fv_reader_problem_at (r, "language", FV_MODEL_ERROR_VALUE,
                            _("“%s” is not a language tag such as “en” or “pt-BR”"),
                            fv_reader_quote (r, language));
    }
  else
    model->language = language;

  fv_reader_read_text (r, object, "title", TRUE, &model->title);
  fv_reader_read_text (r, object, "summary", FALSE, &model->summary);

  sources = fv_reader_get_array (r, object, "sources", TRUE);
  if (sources != NULL && json_array_get_length (sources) == 0)
    {
      gsize len = fv_reader_push_member (r, "sources");

      fv_reader_problem (r, FV_MODEL_ERROR_MISSING,
                         _("A fact model needs a source: at least the story it is made from"));
      fv_reader_pop (r, len);
    }
  actors = fv_reader_get_array (r, object, "actors", FALSE);
  events = fv_reader_get_array (r, object, "events", FALSE);
  statements = fv_reader_get_array (r, object, "statements", FALSE);
  figures = fv_reader_get_array (r, object, "figures", FALSE);
  cases = fv_reader_get_array (r, object, "cases", FALSE);
  charts = fv_reader_get_array (r, object, "charts", FALSE);

#define ALLOCATE(array, field, type) \
  model->n_##field = array ? json_array_get_length (array) : 0; \
  model->field = fv_model_new0 (model, type, model->n_##field)

  ALLOCATE (sources, sources, FvSource);
  ALLOCATE (actors, actors, FvActor);
  ALLOCATE (events, events, FvEvent);
  ALLOCATE (statements, statements, FvStatement);
  ALLOCATE (figures, figures, FvFigure);
  ALLOCATE (cases, cases, FvCase);
  ALLOCATE (charts, charts, FvChart);
#undef ALLOCATE

  fv_reader_register_ids (r, "sources", sources, FV_KIND_SOURCE, model->sources, sizeof (FvSource));
  fv_reader_register_ids (r, "actors", actors, FV_KIND_ACTOR, model->actors, sizeof (FvActor));
  fv_reader_register_ids (r, "events", events, FV_KIND_EVENT, model->events, sizeof (FvEvent));
  fv_reader_register_ids (r, "statements", statements, FV_KIND_STATEMENT, model->statements,
                          sizeof (FvStatement));
  fv_reader_register_ids (r, "figures", figures, FV_KIND_FIGURE, model->figures, sizeof (FvFigure));
  fv_reader_register_ids (r, "cases", cases, FV_KIND_CASE, model->cases, sizeof (FvCase));
  fv_reader_register_ids (r, "charts", charts, FV_KIND_CHART, model->charts, sizeof (FvChart));

  fv_reader_read_each (r, "sources", sources, fv_read_source);
  fv_reader_read_each (r, "actors", actors, fv_read_actor);
  fv_reader_read_each (r, "events", events, fv_read_event);
  fv_check_after (r);

  fv_model_index_events (model);
  fv_check_order (r);

  fv_reader_read_each (r, "statements", statements, fv_read_statement);
  fv_reader_read_each (r, "figures", figures, fv_read_figure);
  fv_reader_read_each (r, "cases", cases, fv_read_case);
  /* The tabs before the charts, which say on which tab they go. */
  fv_read_tabs (r, object);
  fv_reader_read_each (r, "charts", charts, fv_read_chart);

  if (model->tab_case == NULL && model->n_cases > 0)
    model->tab_case = &model->cases[0];
  fv_model_index_languages (model, r->languages);

out:
  g_array_unref (r->path);
  g_hash_table_unref (r->languages);
  return problems->len == first_problem;
}
