/* fuzz-loader.c — libFuzzer target: any bytes through the whole loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bytes → strict JSON check → json-glib → model rules → the queries the
 * views make (events by date, every text, every
 * date and number formatted, every chart described).
 */
#include "config.h"

#include "fuzz-common.h"
#include "fv-chart.h"
#include "fv-format.h"
#include "fv-model.h"

/* Texts are read in a language the models may or may not have. */
static const char * const english[] = { "en", NULL };

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
use_references (FvModel            *model,
                const FvReferences *refs)
{
  g_autoptr(GPtrArray) citations = fv_citations_new (refs);

  /* As the fact sheet and the window write them: a line a source. */
  for (guint i = 0; i < citations->len; i++)
    {
      g_autofree char *where = fv_format_citation (model, g_ptr_array_index (citations, i),
                                                   english);
      g_assert (g_utf8_validate (where, -1, NULL));
    }
}

static void
use_model (FvModel *model)
{
  const FvEvent **by_date = fv_model_get_events_by_date (model);

  for (guint i = 0; i < fv_model_get_n_events (model); i++)
    {
      const FvEvent *event = fv_model_get_event (model, i);
      g_autofree char *when = fv_format_event_date (event);

      g_assert (when != NULL && g_utf8_validate (when, -1, NULL));
      /* By date, but for an event that says it came after another. */
      g_assert (fv_model_lookup_event (model, by_date[i]->id) == by_date[i]);
      g_assert (i == 0 || fv_date_compare (&by_date[i - 1]->date, &by_date[i]->date) <= 0 ||
                by_date[i]->after != NULL);
      g_assert (g_utf8_validate (fv_model_text (model, &event->title, NULL), -1, NULL));
      g_assert (fv_model_lookup_event (model, event->id) == event);
      use_references (model, &event->references);
    }

  for (guint i = 0; i < fv_model_get_n_actors (model); i++)
    {
      const FvActor *actor = fv_model_get_actor (model, i);

      use_references (model, &actor->references);
    }

  for (guint i = 0; i < fv_model_get_n_statements (model); i++)
    {
      const FvStatement *statement = fv_model_get_statement (model, i);

      g_assert (statement->actor != NULL);
      g_assert (g_utf8_validate (fv_model_text (model, &statement->words, english), -1, NULL));
      use_references (model, &statement->references);
    }

  for (guint i = 0; i < fv_model_get_n_figures (model); i++)
    {
      g_autofree char *value = fv_format_figure_value (fv_model_get_figure (model, i));
      g_assert (g_utf8_validate (value, -1, NULL));
    }

  for (guint i = 0; i < fv_model_get_n_charts (model); i++)
    {
      const FvChart *chart = fv_model_get_chart (model, i);
      g_autofree char *description = fv_chart_describe (model, chart, english);
      g_autofree char *source = fv_chart_get_source_line (model, chart, NULL);
      g_autoptr(GPtrArray) ids = fv_chart_get_mark_ids (model, chart);

      g_assert (ids != NULL);
      g_assert (g_utf8_validate (description, -1, NULL));
      g_assert (g_utf8_validate (source, -1, NULL));
    }

  /* Every tab the window shows has a title (the case and statements tabs
   * are optional). */
  for (guint t = 0; t < FV_N_TABS; t++)
    if (fv_model_has_tab (model, t))
      g_assert (fv_model_text (model, fv_model_get_tab_title (model, t), english) != NULL);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = NULL;

  model = fv_model_new_from_bytes (bytes, "fuzz", &problems, &error);

  if (model == NULL)
    {
      /* Every problem is text a person can read, with its place. */
      g_assert (error != NULL && error->domain == FV_MODEL_ERROR);
      g_assert (problems != NULL && problems->len > 0);
      g_assert (g_utf8_validate (error->message, -1, NULL));
      for (guint i = 0; i < problems->len; i++)
        {
          const FvProblem *problem = g_ptr_array_index (problems, i);
          g_assert (problem->path == NULL || g_utf8_validate (problem->path, -1, NULL));
        }
      return 0;
    }

  use_model (model);
  return 0;
}
