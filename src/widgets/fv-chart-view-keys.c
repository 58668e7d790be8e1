/* fv-chart-view-keys.c — a chart read with the keyboard, mark by mark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The arrows, Home and End move between a chart's marks (while a search
 * dims some, between those it found), the tooltip following; Enter or
 * Space selects the mark, as a click does. Ctrl+Shift+C copies the chart;
 * the zoom's keys are fv-chart-view-zoom.c's.
 */
#include "config.h"

#include "fv-chart-view-private.h"

static void
move_focus (FvChartView *self,
            int          delta,
            gboolean     to_end)
{
  g_autoptr(GPtrArray) ids = NULL;
  int index = -1;

  if (self->chart == NULL)
    return;

  ids = fv_chart_get_mark_ids (self->model, self->chart);
  /* While a search dims the events it did not find, the keyboard visits
   * only those it found. */
  if (self->chart->type == FV_CHART_TIMELINE && self->matches != NULL)
    {
      guint kept = 0;

      for (guint i = 0; i < ids->len; i++)
        if (g_hash_table_contains (self->matches, g_ptr_array_index (ids, i)))
          ids->pdata[kept++] = ids->pdata[i];
      g_ptr_array_set_size (ids, kept);
    }
  if (ids->len == 0)
    return;

  for (guint i = 0; self->focus_id != NULL && i < ids->len; i++)
    if (g_str_equal (g_ptr_array_index (ids, i), self->focus_id))
      index = i;

  if (to_end)
    index = delta < 0 ? 0 : (int) ids->len - 1;
  else if (index < 0)
    index = delta < 0 ? (int) ids->len - 1 : 0;
  else
    index = CLAMP (index + delta, 0, (int) ids->len - 1);

  g_free (self->focus_id);
  self->focus_id = g_strdup (g_ptr_array_index (ids, index));
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                FvChartView           *self)
{
  /* Ctrl+Shift+C: the chart on the clipboard, as an image. */
  if ((state & GDK_CONTROL_MASK) && (state & GDK_SHIFT_MASK) &&
      (keyval == GDK_KEY_C || keyval == GDK_KEY_c))
    {
      fv_chart_view_copy (self);
      return TRUE;
    }

  /* Zoom: + and - about the middle, 0 back to the whole, L the linear
   * axis; with Shift, the arrows pan a zoomed timeline (without, they go
   * mark to mark). */
  if (fv_chart_view_zoom_key (self, keyval, state))
    return TRUE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Left:
      move_focus (self, -1, FALSE);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Right:
      move_focus (self, 1, FALSE);
      return TRUE;
    case GDK_KEY_Home:
      move_focus (self, -1, TRUE);
      return TRUE;
    case GDK_KEY_End:
      move_focus (self, 1, TRUE);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      if (self->focus_id == NULL)
        return FALSE;
      fv_chart_view_activate_mark (self, self->focus_id);
      return TRUE;
    default:
      return FALSE;
    }
}

void
fv_chart_view_add_key_controller (FvChartView *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}
