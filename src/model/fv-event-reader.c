/* fv-event-reader.c — events: their dates, and the order "after", "before" and "between" give them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-date.h"
#include "fv-fact-reader.h"
#include "fv-kind-reader.h"

static const char *event_members[] = {
  "id", "date", "precision", "end_date", "end_precision", "approximate", "after", "before",
  "between", "title", "description", "actors", "references", NULL
};

/* "between": two events, the one this came after and the one it came
 * before. */
static void
read_between (FvReader   *r,
              JsonObject *object,
              FvEvent    *event)
{
  guint n = 0;
  const FvEvent **pair;
  gsize len;

  if (!json_object_has_member (object, "between"))
    return;

  pair = (const FvEvent **) fv_reader_read_ref_array (r, object, "between", FV_KIND_EVENT, &n);
  len = fv_reader_push_member (r, "between");
  if (pair != NULL && n != 2 && json_array_get_length (json_object_get_array_member (object,
                                                                                    "between")) != 2)
    fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                       _("“between” names two events, the one before and the one after: "
                         "[\"ev-a\", \"ev-b\"]"));
  else if (n == 2)
    {
      event->after = pair[0];
      event->before = pair[1];
    }
  fv_reader_pop (r, len);
}

void
fv_read_event (FvReader   *r,
               JsonObject *object,
               guint       index)
{
  FvEvent *event = &r->model->events[index];

  gboolean placed_by_order;

  fv_reader_check_members (r, object, event_members);
  placed_by_order = json_object_has_member (object, "before") ||
                    json_object_has_member (object, "after") ||
                    json_object_has_member (object, "between");
  if (!json_object_has_member (object, "date") && !placed_by_order)
    fv_reader_problem (r, FV_MODEL_ERROR_MISSING,
                       _("The required member “date” is missing: give it as precisely as the "
                         "sources do (“2017”, “2017-01” or “2017-01-25”), or, when no date is "
                         "known, place the event with “before”, “after” or “between” "
                         "(docs/fact-model.md, “events”)"));
  fv_reader_read_date (r, object, "date", "precision", FALSE, &event->date);
  fv_reader_read_date (r, object, "end_date", "end_precision", FALSE, &event->end);
  fv_reader_read_boolean (r, object, "approximate", &event->approximate);
  fv_reader_read_text (r, object, "title", TRUE, &event->title);
  fv_reader_read_text (r, object, "description", FALSE, &event->description);
  event->actors = (const FvActor **) fv_reader_read_ref_array (r, object, "actors", FV_KIND_ACTOR,
                                                      &event->n_actors);
  fv_reader_read_references (r, object, event_members, &event->references);
  event->after = fv_reader_read_ref (r, object, "after", FV_KIND_EVENT, FALSE);

  /* "before" and "between" place an event that has no date; a dated one
   * is placed by its date, and "after" only where the dates cannot say. */
  if (json_object_has_member (object, "date") &&
      (json_object_has_member (object, "before") || json_object_has_member (object, "between")))
    fv_reader_problem_at (r, json_object_has_member (object, "before") ? "before" : "between",
                          FV_MODEL_ERROR_VALUE,
                          _("Only an event without a date is placed by “before” or “between”: "
                            "leave it out, or use “after” where the dates cannot say the order"));
  else if (json_object_has_member (object, "between") &&
           (json_object_has_member (object, "after") || json_object_has_member (object, "before")))
    fv_reader_problem_at (r, "between", FV_MODEL_ERROR_VALUE,
                          _("Give “between”, or “before” and “after”, not both"));
  else if (json_object_has_member (object, "between"))
    read_between (r, object, event);
  else
    event->before = fv_reader_read_ref (r, object, "before", FV_KIND_EVENT, FALSE);

  if (!json_object_has_member (object, "date") && event->end.precision != FV_DATE_PRECISION_NONE)
    fv_reader_problem_at (r, "end_date", FV_MODEL_ERROR_DATE,
                          _("An end needs a start: an event without a date has no “end_date”"));

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

/* The event this one is placed by: the one it came after, or for an
 * event without a date known only to come before another, that one. */
static const FvEvent *
anchor_of (const FvEvent *event)
{
  if (event->after != NULL)
    return event->after;
  return event->date.precision == FV_DATE_PRECISION_NONE ? event->before : NULL;
}

/* "after" orders events that the source orders but whose dates cannot
 * (an approximate date, the same day), and "before", "after" and
 * "between" place an event that has no date: they may not make a circle,
 * nor follow an event that begins after this one has ended. */
void
fv_check_after (FvReader *r)
{
  FvModel *model = r->model;
  gsize len = fv_reader_push_member (r, "events");
  /* Each event's chain of anchors followed once: 0 not yet, 1 on the
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
          at = anchor_of (at);
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

      if (anchor_of (event) == NULL)
        continue;

      ilen = fv_reader_push_index (r, i);
      if (state[i] == 3 && event->after != NULL && event->before == NULL)
        fv_reader_problem_at (r, "after", FV_MODEL_ERROR_DATE,
                              _("“%s” comes after itself through “after”"), event->id);
      else if (state[i] == 3)
        fv_reader_problem_at (r, event->after != NULL ? "between" : "before",
                              FV_MODEL_ERROR_DATE,
                              _("“%s” is placed before or after itself through “before”, "
                                "“after” or “between”"), event->id);
      /* Told once: the order a circle gives is no order to check. */
      if (state[i] == 3)
        {
          FvEvent *circled = (FvEvent *) event;

          circled->before = NULL;
        }
      else if (event->after != NULL &&
               event->date.precision != FV_DATE_PRECISION_NONE &&
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

/* Once the events are in order: an event placed before another (or
 * between two) is listed before it; which fails when "between" names its
 * events the wrong way round, or other placings pull against it. */
void
fv_check_order (FvReader *r)
{
  FvModel *model = r->model;
  g_autofree guint *position = g_new (guint, MAX (model->n_events, 1));
  gsize len = fv_reader_push_member (r, "events");

  for (guint p = 0; p < model->n_events; p++)
    position[model->events_by_date[p] - model->events] = p;

  for (guint i = 0; i < model->n_events; i++)
    {
      const FvEvent *event = &model->events[i];
      gsize ilen;

      if (event->before == NULL || event->date.precision != FV_DATE_PRECISION_NONE ||
          position[event->before - model->events] > position[i])
        continue;

      ilen = fv_reader_push_index (r, i);
      if (event->after != NULL)
        fv_reader_problem_at (r, "between", FV_MODEL_ERROR_DATE,
                              _("“%s” comes before “%s”: “between” names the earlier event "
                                "first"), event->before->id, event->after->id);
      else
        fv_reader_problem_at (r, "before", FV_MODEL_ERROR_DATE,
                              _("This event cannot come before “%s”: other events place it "
                                "after"), event->before->id);
      fv_reader_pop (r, ilen);
    }

  fv_reader_pop (r, len);
}
