/* fv-event-reader.c — events: their dates, and the order "after" gives them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-date.h"
#include "fv-fact-reader.h"
#include "fv-kind-reader.h"

static const char *event_members[] = {
  "id", "date", "precision", "end_date", "end_precision", "approximate", "after", "title",
  "description", "actors", "references", NULL
};

void
fv_read_event (FvReader   *r,
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
void
fv_check_after (FvReader *r)
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
