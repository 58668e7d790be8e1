/* fv-chart-reader.c — the tabs and the charts that go on them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fv-fact-reader.h"
#include "fv-kind-reader.h"
#include "fv-model-index.h"

static const char *tab_names[] = { "timeline", "case", "statements", NULL };

/* An event without a date that no dated event closes on one side is
 * listed, but a timeline cannot draw it. */
static void
keep_drawn (const FvEvent **events,
            guint          *n)
{
  guint out = 0;

  for (guint i = 0; i < *n; i++)
    if (fv_event_is_drawn (events[i]))
      events[out++] = events[i];
  *n = out;
}

/* Where a bar chart's axis ends, when the comparison needs it fixed (shares
 * on the whole 0–100 % axis); without it the chart takes it from the data. */
static void
read_axis_max (FvReader   *r,
               JsonObject *data,
               FvChart    *chart)
{
  JsonNode *node = fv_reader_get_member (r, data, "axis_max", FALSE);
  gsize len;

  if (node == NULL)
    return;

  len = fv_reader_push_member (r, "axis_max");
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 &&
       json_node_get_value_type (node) != G_TYPE_DOUBLE))
    fv_reader_wrong_type (r, node, _("a number"));
  else
    {
      double max = json_node_get_value_type (node) == G_TYPE_INT64
                 ? (double) json_node_get_int (node) : json_node_get_double (node);
      double largest = 0;

      for (guint i = 0; i < chart->n_figures; i++)
        largest = MAX (largest, chart->figures[i]->value);

      if (!(max > 0) || max > 1e15)
        fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                           _("The axis must end above 0, and at most at 10¹⁵"));
      else if (max < largest)
        fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                           _("The axis must reach the largest figure of the chart, %g"), largest);
      else if (chart->n_figures > 0 && chart->figures[0]->unit == FV_UNIT_PERCENT && max > 100)
        fv_reader_problem (r, FV_MODEL_ERROR_VALUE, _("An axis of percentages ends at 100 at most"));
      else
        chart->axis_max = max;
    }
  fv_reader_pop (r, len);
}

static void
read_chart_data (FvReader   *r,
                 JsonObject *object,
                 FvChart    *chart)
{
  static const char *timeline_members[] = { "events", "lanes", NULL };
  static const char *bar_members[] = { "figures", "axis_max", NULL };
  static const char *lane_members[] = { "label", "events", NULL };
  JsonNode *node = fv_reader_get_member (r, object, "data", chart->type == FV_CHART_BAR);
  JsonObject *data = NULL;
  gsize len = 0;

  if (node != NULL)
    {
      len = fv_reader_push_member (r, "data");
      data = fv_reader_as_object (r, node);
      if (data != NULL)
        fv_reader_check_members (r, data,
                                 chart->type == FV_CHART_BAR ? bar_members : timeline_members);
    }

  if (chart->type == FV_CHART_BAR)
    {
      if (data != NULL)
        {
          chart->figures = (const FvFigure **) fv_reader_read_ref_array (r, data, "figures",
                                                                FV_KIND_FIGURE,
                                                                &chart->n_figures);
          if (!json_object_has_member (data, "figures"))
            fv_reader_problem (r, FV_MODEL_ERROR_MISSING, _("The required member “%s” is missing"),
                               "figures");
          else if (chart->n_figures == 0)
            {
              fv_reader_problem_at (r, "figures", FV_MODEL_ERROR_VALUE,
                                    _("A bar chart needs at least one figure"));
            }

          /* A figure whose unit was refused has been told of already. */
          for (guint i = 1; i < chart->n_figures; i++)
            if (chart->figures[i]->unit != FV_UNIT_NONE &&
                chart->figures[0]->unit != FV_UNIT_NONE &&
                (chart->figures[i]->unit != chart->figures[0]->unit ||
                 strcmp (chart->figures[i]->currency, chart->figures[0]->currency) != 0))
              {
                fv_reader_problem_at (r, "figures", FV_MODEL_ERROR_VALUE,
                                      _("The figures of one bar chart must share a unit"));
                break;
              }
          read_axis_max (r, data, chart);
        }
    }
  else if (data != NULL && json_object_has_member (data, "lanes"))
    {
      JsonArray *lanes = fv_reader_get_array (r, data, "lanes", FALSE);
      guint n = lanes ? json_array_get_length (lanes) : 0;
      FvChartLane *items = fv_model_new0 (r->model, FvChartLane, n);
      gsize llen = fv_reader_push_member (r, "lanes");

      if (json_object_has_member (data, "events"))
        fv_reader_problem (r, FV_MODEL_ERROR_VALUE, _("Give either “events” or “lanes”, not both"));
      if (lanes != NULL && n == 0)
        fv_reader_problem (r, FV_MODEL_ERROR_VALUE, _("A timeline needs at least one lane"));

      for (guint i = 0; i < n; i++)
        {
          gsize ilen = fv_reader_push_index (r, i);
          JsonObject *lane = fv_reader_as_object (r, json_array_get_element (lanes, i));

          if (lane != NULL)
            {
              fv_reader_check_members (r, lane, lane_members);
              fv_reader_read_text (r, lane, "label", TRUE, &items[i].label);
              items[i].events = (const FvEvent **) fv_reader_read_ref_array (r, lane, "events",
                                                                    FV_KIND_EVENT,
                                                                    &items[i].n_events);
              if (!json_object_has_member (lane, "events"))
                fv_reader_problem (r, FV_MODEL_ERROR_MISSING, _("The required member “%s” is missing"),
                                   "events");
              fv_events_sort (items[i].events, items[i].n_events);
              keep_drawn (items[i].events, &items[i].n_events);
            }
          fv_reader_pop (r, ilen);
        }

      chart->lanes = items;
      chart->n_lanes = n;
      fv_reader_pop (r, llen);
    }
  else
    {
      FvChartLane *lane = fv_model_new0 (r->model, FvChartLane, 1);

      if (data != NULL && json_object_has_member (data, "events"))
        {
          lane->events = (const FvEvent **) fv_reader_read_ref_array (r, data, "events",
                                                                      FV_KIND_EVENT,
                                                                      &lane->n_events);
          fv_events_sort (lane->events, lane->n_events);
          keep_drawn (lane->events, &lane->n_events);
        }
      else
        {
          gboolean all_drawn = TRUE;

          for (guint i = 0; i < r->model->n_events && all_drawn; i++)
            all_drawn = fv_event_is_drawn (&r->model->events[i]);

          /* All events: share the model's date order rather than copy it,
           * unless some are known only by their place and cannot be drawn. */
          lane->n_events = r->model->n_events;
          if (all_drawn)
            lane->events = r->model->events_by_date;
          else
            {
              lane->events = fv_model_new0 (r->model, const FvEvent *, lane->n_events + 1);
              memcpy (lane->events, r->model->events_by_date,
                      lane->n_events * sizeof (gpointer));
              keep_drawn (lane->events, &lane->n_events);
            }
        }

      chart->lanes = lane;
      chart->n_lanes = 1;
    }

  if (node != NULL)
    fv_reader_pop (r, len);
}

static const char *chart_members[] = {
  "id", "type", "tab", "title", "subtitle", "description", "source_line", "data", NULL
};

void
fv_read_chart (FvReader   *r,
               JsonObject *object,
               guint       index)
{
  static const char *types[] = { "timeline", "bar", NULL };
  FvChart *chart = &r->model->charts[index];
  int type, tab;

  fv_reader_check_members (r, object, chart_members);
  type = fv_reader_read_enum (r, object, "type", types, TRUE);
  tab = fv_reader_read_enum (r, object, "tab", tab_names, TRUE);
  chart->tab = tab >= 0 ? tab : FV_TAB_TIMELINE;
  if (tab >= 0 && !r->model->tab_given[tab])
    fv_reader_problem_at (r, "tab", FV_MODEL_ERROR_REFERENCE,
                          /* translators: %s is a tab's name in the file: "case" or "statements" */
                          _("The model has no “%s” tab: add it to $.tabs, or put the chart on "
                            "another tab"), tab_names[tab]);
  fv_reader_read_text (r, object, "title", TRUE, &chart->title);
  fv_reader_read_text (r, object, "subtitle", FALSE, &chart->subtitle);
  fv_reader_read_text (r, object, "description", FALSE, &chart->description);
  fv_reader_read_text (r, object, "source_line", FALSE, &chart->source_line);

  if (type >= 0)
    {
      chart->type = type;
      read_chart_data (r, object, chart);
    }
}

void
fv_read_tabs (FvReader   *r,
              JsonObject *root)
{
  static const char *timeline_members[] = { "title", NULL };
  static const char *case_members_[] = { "title", "case", NULL };
  static const char *statements_members[] = { "title", "subtitle", "lead_actors", NULL };
  static const char * const *members[] = { timeline_members, case_members_, statements_members };
  JsonNode *node = fv_reader_get_member (r, root, "tabs", TRUE);
  JsonObject *tabs;
  gsize len;

  if (node == NULL)
    return;

  len = fv_reader_push_member (r, "tabs");
  tabs = fv_reader_as_object (r, node);
  if (tabs != NULL)
    fv_reader_check_members (r, tabs, tab_names);

  /* The timeline is every story's; a case study and statements are not. */
  for (guint t = 0; tabs != NULL && t < FV_N_TABS; t++)
    {
      JsonNode *tab_node = fv_reader_get_member (r, tabs, tab_names[t], t == FV_TAB_TIMELINE);
      JsonObject *tab;
      gsize tlen;

      if (tab_node == NULL)
        continue;

      tlen = fv_reader_push_member (r, tab_names[t]);
      tab = fv_reader_as_object (r, tab_node);
      r->model->tab_given[t] = TRUE;
      if (tab != NULL)
        {
          fv_reader_check_members (r, tab, members[t]);
          fv_reader_read_text (r, tab, "title", TRUE, &r->model->tab_titles[t]);
          if (t == FV_TAB_STATEMENTS)
            fv_reader_read_text (r, tab, "subtitle", FALSE, &r->model->tab_subtitles[t]);

          if (t == FV_TAB_CASE)
            r->model->tab_case = fv_reader_read_ref (r, tab, "case", FV_KIND_CASE, FALSE);
          else if (t == FV_TAB_STATEMENTS)
            r->model->lead_actors =
              (const FvActor **) fv_reader_read_ref_array (r, tab, "lead_actors", FV_KIND_ACTOR,
                                                           &r->model->n_lead_actors);
        }
      fv_reader_pop (r, tlen);
    }

  fv_reader_pop (r, len);
}
