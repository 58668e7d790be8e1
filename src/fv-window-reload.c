/* fv-window-reload.c — a file shown again as it changes, keeping the reader's place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While "reload-when-changed" is on, the window watches its file and reads
 * it again once an editor's save has settled (F5 and Ctrl+R do it at
 * once); the new model keeps the place the reader had in the old.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-timeline-page.h"
#include "fv-window-private.h"

/* Editors save in bursts (write, then rename over; delete, then create
 * again): one reload when the events have been quiet this long. */
#define RELOAD_SETTLE_MS 150

static gboolean
on_reload_timeout (gpointer user_data)
{
  FvWindow *self = user_data;

  self->reload_id = 0;
  if (self->file != NULL)
    fv_window_load_file (self, self->file);
  return G_SOURCE_REMOVE;
}

static void
on_file_changed (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event,
                 FvWindow          *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_RENAMED:
      g_clear_handle_id (&self->reload_id, g_source_remove);
      self->reload_id = g_timeout_add (RELOAD_SETTLE_MS, on_reload_timeout, self);
      break;
    default:
      break;
    }
}

/**
 * fv_window_watch_file:
 *
 * Follows the window's file as an editor saves it, while the setting
 * "reload-when-changed" is on (the built-in model is not watched).
 */
void
fv_window_watch_file (FvWindow *self)
{
  gboolean wanted = self->file != NULL &&
                    (self->settings == NULL ||
                     g_settings_get_boolean (self->settings, "reload-when-changed"));

  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  if (!wanted)
    return;

  /* WATCH_MOVES: a save by rename is a rename onto the file, not its
   * deletion. */
  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor == NULL)
    return;
  g_signal_connect (self->monitor, "changed", G_CALLBACK (on_file_changed), self);
}

/* F5, Ctrl+R: read the file again now. */
static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);

  if (self->file != NULL)
    fv_window_load_file (self, self->file);
}

/**
 * fv_window_set_model_from_file:
 * @file: (nullable): where @model was read, or %NULL for the built-in one
 *
 * Shows @model. The same file again (it was saved) keeps the reader's
 * place: the event they had selected and the list's scroll. Their search,
 * their tab and how each chart it still has is viewed stay with any model
 * (the session keeps those).
 */
void
fv_window_set_model_from_file (FvWindow *self,
                               FvModel  *model,
                               GFile    *file)
{
  g_return_if_fail (FV_IS_WINDOW (self));
  g_return_if_fail (FV_IS_MODEL (model));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  gboolean same_file = file != NULL && self->file != NULL && g_file_equal (file, self->file);
  g_autofree char *selected = NULL;
  double scroll = 0;

  if (same_file)
    {
      selected = g_strdup (fv_session_get_selected_id (self->session));
      scroll = fv_timeline_page_get_scroll (FV_TIMELINE_PAGE (self->timeline_page));
    }

  gtk_revealer_set_reveal_child (self->error_bar, FALSE);
  g_set_object (&self->file, file);
  fv_session_set_model (self->session, model);
  if (same_file)
    {
      /* The place first: the selection then does not scroll to itself. */
      fv_timeline_page_set_scroll (FV_TIMELINE_PAGE (self->timeline_page), scroll);
      if (selected != NULL && fv_model_lookup_event (model, selected) != NULL)
        fv_session_set_selected_id (self->session, fv_model_lookup_event (model, selected)->id);
      fv_window_watch_file (self);
      {
        g_autofree char *name = g_file_get_basename (file);
        g_autofree char *shown = g_filename_display_name (name);
        /* translators: after the model's file was read again; %s is its name */
        g_autofree char *text = g_strdup_printf (_("“%s” reloaded"), shown);

        fv_window_notify (self, text);
      }
      return;
    }
  fv_window_watch_file (self);
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->timeline_page));
}

void
fv_window_class_install_reload_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
}
