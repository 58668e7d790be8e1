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
 * actors, events, statements, figures, cases, charts, tabs).
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fv-currency.h"
#include "fv-date.h"
#include "fv-fact-reader.h"
#include "fv-format.h"
#include "fv-language.h"
#include "fv-model-index.h"
#include "fv-model-reader.h"

static const char *source_members[] = {
  "id", "kind", "title", "author", "publisher", "date", "precision", "url", "accessed", "note",
  "paragraphs", "role", NULL
};

static void
read_source (FvReader   *r,
             JsonObject *object,
             guint       index)
{
  static const char *kinds[] = {
    "article", "study", "report", "public-record", "court-record", "other", NULL
  };
  static const char *roles[] = { "story", NULL };
  FvSource *source = &r->model->sources[index];
  gint64 paragraphs = 0;
  int kind;

  fv_reader_check_members (r, object, source_members);
  kind = fv_reader_read_enum (r, object, "kind", kinds, TRUE);
  source->kind = kind >= 0 ? kind : FV_SOURCE_OTHER;
  fv_reader_read_text (r, object, "title", TRUE, &source->title);
  source->author = fv_reader_read_string (r, object, "author", FALSE);
  source->publisher = fv_reader_read_string (r, object, "publisher", FALSE);
  fv_reader_read_date (r, object, "date", "precision", FALSE, &source->date);
  fv_reader_read_text (r, object, "note", FALSE, &source->note);
  if (fv_reader_read_integer (r, object, "paragraphs", 1, 100000, FALSE, &paragraphs))
    source->paragraphs = paragraphs;

  source->url = fv_reader_read_string (r, object, "url", FALSE);
  if (source->url != NULL)
    {
      if (!fv_web_address_is_valid (source->url))
        {
          gsize len = fv_reader_push_member (r, "url");
          fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                             _("“%s” is not an http or https address with a host"),
                             source->url);
          source->url = NULL;
          fv_reader_pop (r, len);
        }
    }
  /* When a web page was read: pages change, the date says which one. */
  fv_reader_read_date (r, object, "accessed", NULL, FALSE, &source->accessed);
  if (source->accessed.precision != FV_DATE_PRECISION_NONE && source->url == NULL &&
      json_object_get_member (object, "url") == NULL)
    fv_reader_problem_at (r, "accessed", FV_MODEL_ERROR_VALUE,
                          _("An access date is for a web source: give its “url”"));

  /* Which source is the story (the article the model is made from): one. */
  source->story = fv_reader_read_enum (r, object, "role", roles, FALSE) == 0;
  for (guint i = 0; source->story && i < index; i++)
    if (r->model->sources[i].story)
      {
        fv_reader_problem_at (r, "role", FV_MODEL_ERROR_VALUE,
                              _("Only one source is the story; “%s” is already"),
                              r->model->sources[i].id);
        break;
      }
}

static const char *actor_members[] = { "id", "kind", "name", "role", "references", NULL };

static void
read_actor (FvReader   *r,
            JsonObject *object,
            guint       index)
{
  static const char *kinds[] = { "person", "organization", "government", "group", NULL };
  FvActor *actor = &r->model->actors[index];
  int kind;

  fv_reader_check_members (r, object, actor_members);
  kind = fv_reader_read_enum (r, object, "kind", kinds, TRUE);
  actor->kind = kind >= 0 ? kind : FV_ACTOR_PERSON;
  fv_reader_read_text (r, object, "name", TRUE, &actor->name);
  fv_reader_read_text (r, object, "role", FALSE, &actor->role);
  fv_reader_read_references (r, object, actor_members, &actor->references);
}

static const char *event_members[] = {
  "id", "date", "precision", "end_date", "end_precision", "approximate", "after", "title",
  "description", "actors", "references", NULL
};

static void
read_event (FvReader   *r,
            JsonObject *object,
            guint       index)
{
  FvEvent *event = &r->model->events[index];

  fv_reader_check_members (r, object, event_members);
  fv_reader_read_date (r, object, "date", "precision", TRUE, &event->date);
  fv_reader_read_date (r, object, "end_date", "end_precision", FALSE, &event->end);
  fv_reader_read_boolean (r, object, "approximate", &event->approximate);
  fv_reader_read_text (r, object, "title", TRUE, &event->title);
  fv_reader_read_text (r, object, "description", FALSE, &event->description);
  event->actors = (const FvActor **) fv_reader_read_ref_array (r, object, "actors", FV_KIND_ACTOR,
                                                      &event->n_actors);
  fv_reader_read_references (r, object, event_members, &event->references);
  event->after = fv_reader_read_ref (r, object, "after", FV_KIND_EVENT, FALSE);

  if (event->date.precision != FV_DATE_PRECISION_NONE &&
      event->end.precision != FV_DATE_PRECISION_NONE)
    {
      FvDate start = event->date, end = event->end;
      guint common = MIN (start.precision, end.precision);
      int cmp;

      /* Compare at the precision both have: 2012 is not before 2012-03. */
      if (common < FV_DATE_PRECISION_DAY)
        start.day = end.day = 0;
      if (common < FV_DATE_PRECISION_MONTH)
        start.month = end.month = 0;
      cmp = fv_date_compare (&end, &start);

      if (cmp < 0 || (cmp == 0 && event->date.precision == event->end.precision))
        {
          fv_reader_problem_at (r, "end_date", FV_MODEL_ERROR_DATE,
                                cmp < 0 ? _("The event ends before it starts")
                              : _("The event ends when it starts: leave out “end_date” for a "
                                  "single date"));
        }
    }
}

/* "after" orders events that the source orders but whose dates cannot
 * (an approximate date, the same day): it may not make a circle, nor
 * follow an event that begins after this one has ended. */
static void
check_after (FvReader *r)
{
  FvModel *model = r->model;
  gsize len = fv_reader_push_member (r, "events");
  /* Each event's chain of "after" followed once: 0 not yet, 1 on the
   * chain being followed, 2 ends well, 3 runs into a circle. Walking each
   * chain from each event was quadratic: 20,000 events in one chain took
   * seconds, a 64 MiB file hours. */
  g_autofree guint8 *state = g_new0 (guint8, MAX (model->n_events, 1));
  g_autoptr(GArray) chain = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < model->n_events; i++)
    {
      const FvEvent *at = &model->events[i];
      guint8 result;

      if (state[i] != 0)
        continue;
      g_array_set_size (chain, 0);
      while (at != NULL && state[at - model->events] == 0)
        {
          guint k = at - model->events;

          state[k] = 1;
          g_array_append_val (chain, k);
          at = at->after;
        }
      /* The end of the chain, one already known, or a circle back into it. */
      result = at == NULL ? 2 : state[at - model->events] == 1 ? 3 : state[at - model->events];
      for (guint c = 0; c < chain->len; c++)
        state[g_array_index (chain, guint, c)] = result;
    }

  for (guint i = 0; i < model->n_events; i++)
    {
      const FvEvent *event = &model->events[i];
      gsize ilen;

      if (event->after == NULL)
        continue;

      ilen = fv_reader_push_index (r, i);
      if (state[i] == 3)
        fv_reader_problem_at (r, "after", FV_MODEL_ERROR_DATE,
                              _("“%s” comes after itself through “after”"), event->id);
      else if (event->date.precision != FV_DATE_PRECISION_NONE &&
               event->after->date.precision != FV_DATE_PRECISION_NONE &&
               fv_date_day_after (event->end.precision != FV_DATE_PRECISION_NONE
                                  ? &event->end : &event->date)
               <= fv_date_first_day (&event->after->date))
        fv_reader_problem_at (r, "after", FV_MODEL_ERROR_DATE,
                              _("This event is dated before “%s”, which it is said to come after"),
                              event->after->id);
      fv_reader_pop (r, ilen);
    }

  fv_reader_pop (r, len);
}

static const char *statement_members[] = {
  "id", "actor", "kind", "words", "translation", "setting", "about", "date", "precision",
  "references", NULL
};

static void
read_statement (FvReader   *r,
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
      else
        statement->words.original = fv_reader_copy (r, fv_reader_as_string (r, words));

      if (statement->words.original != NULL)
        {
          gboolean found = FALSE;

          for (guint i = 0; i < statement->references.n_items; i++)
            {
              const char *quote = statement->references.items[i].quote;
              found |= (quote != NULL && strstr (quote, statement->words.original) != NULL);
            }
          /* The words written once: a reference without a "quote" quotes
           * them, as they are. */
          for (guint i = 0; !found && i < statement->references.n_items; i++)
            if (statement->references.items[i].quote == NULL)
              {
                ((FvReference *) statement->references.items)[i].quote = statement->words.original;
                found = TRUE;
              }

          if (!found && statement->references.n_items > 0)
            fv_reader_problem (r, FV_MODEL_ERROR_REFERENCE,
                               _("A quotation needs a reference whose “quote” holds these exact words"));
        }
      fv_reader_pop (r, len);

      fv_reader_read_translation (r, object, &statement->translation);
    }
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

static const char *figure_members[] = {
  "id", "label", "value", "unit", "population", "measure", "date", "precision", "actor",
  "references", NULL
};

static void
read_figure (FvReader   *r,
             JsonObject *object,
             guint       index)
{
  FvFigure *figure = &r->model->figures[index];
  const char *unit;
  JsonNode *value;
  gboolean have_value = FALSE;

  fv_reader_check_members (r, object, figure_members);
  fv_reader_read_text (r, object, "label", TRUE, &figure->label);
  fv_reader_read_text (r, object, "population", FALSE, &figure->population);
  fv_reader_read_text (r, object, "measure", FALSE, &figure->measure);
  fv_reader_read_date (r, object, "date", "precision", FALSE, &figure->date);
  figure->actor = fv_reader_read_ref (r, object, "actor", FV_KIND_ACTOR, FALSE);
  fv_reader_read_references (r, object, figure_members, &figure->references);

  unit = fv_reader_read_string (r, object, "unit", TRUE);
  if (unit != NULL)
    {
      gsize len = fv_reader_push_member (r, "unit");

      if (strcmp (unit, "percent") == 0)
        figure->unit = FV_UNIT_PERCENT;
      else if (strcmp (unit, "count") == 0)
        figure->unit = FV_UNIT_COUNT;
      else if (fv_currency_is_known (unit))
        {
          figure->unit = FV_UNIT_CURRENCY;
          memcpy (figure->currency, unit, 4);
        }
      else
        {
          fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                             _("“%s” is not a unit: use “percent”, “count” or a currency code such as “USD”"),
                             unit);
          unit = NULL;
        }
      fv_reader_pop (r, len);
    }

  value = fv_reader_get_member (r, object, "value", TRUE);
  if (value != NULL)
    {
      gsize len = fv_reader_push_member (r, "value");

      if (!JSON_NODE_HOLDS_VALUE (value) ||
          (json_node_get_value_type (value) != G_TYPE_INT64 &&
           json_node_get_value_type (value) != G_TYPE_DOUBLE))
        fv_reader_wrong_type (r, value, _("a number"));
      else
        {
          figure->value = json_node_get_value_type (value) == G_TYPE_INT64
                        ? (double) json_node_get_int (value)
                        : json_node_get_double (value);
          have_value = TRUE;
        }

      if (have_value && unit != NULL)
        {
          if (figure->unit == FV_UNIT_PERCENT && (figure->value < 0 || figure->value > 100))
            fv_reader_problem (r, FV_MODEL_ERROR_VALUE, _("A percentage must be from 0 to 100"));
          else if (figure->unit != FV_UNIT_PERCENT && figure->value < 0)
            fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                               _("A count or an amount cannot be negative"));
          /* Scaling a bar of 1.797e308 overflows to infinity, and its label
           * read "$inf billion": past a quadrillion no story's number is. */
          else if (figure->value > 1e15)
            fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                               _("This number is too large to draw: at most 10¹⁵"));
          /* floor(), not a cast to an integer, which is undefined past 2^63. */
          else if (figure->unit == FV_UNIT_COUNT && figure->value != floor (figure->value))
            fv_reader_problem (r, FV_MODEL_ERROR_VALUE, _("A count must be a whole number"));
        }
      fv_reader_pop (r, len);
    }
}

static const char *case_item_members[] = { "text", "references", NULL };

static void
read_case_item (FvReader   *r,
                JsonNode   *node,
                FvCaseItem *item)
{
  JsonObject *object = fv_reader_as_object (r, node);

  if (object == NULL)
    return;

  fv_reader_check_members (r, object, case_item_members);
  fv_reader_read_text (r, object, "text", TRUE, &item->text);
  fv_reader_read_references (r, object, case_item_members, &item->references);
}

static const FvCaseItem *
read_case_items (FvReader   *r,
                 JsonObject *object,
                 const char *name,
                 guint      *n_out)
{
  JsonArray *array = fv_reader_get_array (r, object, name, FALSE);
  guint n = array ? json_array_get_length (array) : 0;
  FvCaseItem *items = fv_model_new0 (r->model, FvCaseItem, n);
  gsize len = fv_reader_push_member (r, name);

  for (guint i = 0; i < n; i++)
    {
      gsize ilen = fv_reader_push_index (r, i);
      read_case_item (r, json_array_get_element (array, i), &items[i]);
      fv_reader_pop (r, ilen);
    }

  fv_reader_pop (r, len);
  *n_out = n;
  return items;
}

static const char *case_members[] = {
  "id", "title", "place", "subject", "summary", "tactics", "outcomes", "lesson", "headings",
  "events", "figures", "statements", "references", NULL
};

static void
read_case (FvReader   *r,
           JsonObject *object,
           guint       index)
{
  FvCase *c = &r->model->cases[index];
  JsonNode *lesson;

  fv_reader_check_members (r, object, case_members);
  fv_reader_read_text (r, object, "title", TRUE, &c->title);
  fv_reader_read_text (r, object, "place", TRUE, &c->place);
  c->subject = fv_reader_read_ref (r, object, "subject", FV_KIND_ACTOR, FALSE);
  fv_reader_read_text (r, object, "summary", TRUE, &c->summary);
  c->tactics = read_case_items (r, object, "tactics", &c->n_tactics);
  c->outcomes = read_case_items (r, object, "outcomes", &c->n_outcomes);

  lesson = fv_reader_get_member (r, object, "lesson", FALSE);
  if (lesson != NULL)
    {
      gsize len = fv_reader_push_member (r, "lesson");
      read_case_item (r, lesson, &c->lesson);
      fv_reader_pop (r, len);
    }

  /* The sections' headings, for a story whose case is told otherwise
   * than by tactics and outcomes; the window has its own words without. */
  {
    static const char *heading_members[] = { "tactics", "outcomes", "lesson", NULL };
    JsonNode *node = fv_reader_get_member (r, object, "headings", FALSE);
    JsonObject *headings;

    if (node != NULL)
      {
        gsize len = fv_reader_push_member (r, "headings");

        headings = fv_reader_as_object (r, node);
        if (headings != NULL)
          {
            fv_reader_check_members (r, headings, heading_members);
            fv_reader_read_text (r, headings, "tactics", FALSE, &c->tactics_heading);
            fv_reader_read_text (r, headings, "outcomes", FALSE, &c->outcomes_heading);
            fv_reader_read_text (r, headings, "lesson", FALSE, &c->lesson_heading);
          }
        fv_reader_pop (r, len);
      }
  }

  c->events = (const FvEvent **) fv_reader_read_ref_array (r, object, "events", FV_KIND_EVENT,
                                                  &c->n_events);
  c->figures = (const FvFigure **) fv_reader_read_ref_array (r, object, "figures", FV_KIND_FIGURE,
                                                    &c->n_figures);
  c->statements = (const FvStatement **) fv_reader_read_ref_array (r, object, "statements",
                                                          FV_KIND_STATEMENT, &c->n_statements);
  fv_reader_read_references (r, object, case_members, &c->references);
}

static const char *tab_names[] = { "timeline", "case", "statements", NULL };

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

          for (guint i = 1; i < chart->n_figures; i++)
            if (chart->figures[i]->unit != chart->figures[0]->unit ||
                strcmp (chart->figures[i]->currency, chart->figures[0]->currency) != 0)
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
        }
      else
        {
          /* All events: share the model's date order rather than copy it. */
          lane->events = r->model->events_by_date;
          lane->n_events = r->model->n_events;
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

static void
read_chart (FvReader   *r,
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

static void
read_tabs (FvReader   *r,
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
                            _("“%s” is not a language tag such as “en” or “pt-BR”"), language);
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

  fv_reader_read_each (r, "sources", sources, read_source);
  fv_reader_read_each (r, "actors", actors, read_actor);
  fv_reader_read_each (r, "events", events, read_event);
  check_after (r);

  fv_model_index_events (model);

  fv_reader_read_each (r, "statements", statements, read_statement);
  fv_reader_read_each (r, "figures", figures, read_figure);
  fv_reader_read_each (r, "cases", cases, read_case);
  /* The tabs before the charts, which say on which tab they go. */
  read_tabs (r, object);
  fv_reader_read_each (r, "charts", charts, read_chart);

  if (model->tab_case == NULL && model->n_cases > 0)
    model->tab_case = &model->cases[0];
  fv_model_index_statements (model);
  fv_model_index_languages (model, r->languages);

out:
  g_array_unref (r->path);
  g_hash_table_unref (r->languages);
  return problems->len == first_problem;
}
