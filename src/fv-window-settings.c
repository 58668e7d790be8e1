/* fv-window-settings.c — what the window remembers between runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Its size, whether it was maximized, the last tab, the content language,
 * whether the story's introduction is folded and whether a file is
 * reloaded when it changes: GSettings bound to the
 * properties that hold them, and the menu's toggles made from the keys.
 */
#include "config.h"

#include "fv-timeline-page.h"
#include "fv-window-private.h"

/* The settings, when the schema is installed (or compiled beside a build
 * that runs from its folder); without it, the window remembers nothing
 * rather than abort as g_settings_new() would. */
static GSettings *
settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_message ("The settings schema %s is not installed: the window will not remember "
                 "its size and tab", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

void
fv_window_bind_settings (FvWindow *self)
{
  g_autoptr(GAction) language = NULL;

  self->settings = settings_new ();
  if (self->settings == NULL)
    {
      language = G_ACTION (g_property_action_new ("content-language", self->session,
                                                  "content-language"));
      g_action_map_add_action (G_ACTION_MAP (self), language);
      return;
    }

  /* GTK keeps the default size the unmaximized one. */
  g_settings_bind (self->settings, "window-width", self, "default-width",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "last-tab", self->stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "content-language", self->session, "content-language",
                   G_SETTINGS_BIND_DEFAULT);
  /* Folded once read, it stays folded. */
  g_settings_bind (self->settings, "story-intro-expanded",
                   fv_timeline_page_get_intro (FV_TIMELINE_PAGE (self->timeline_page)), "expanded",
                   G_SETTINGS_BIND_DEFAULT);
  language = g_settings_create_action (self->settings, "content-language");
  g_action_map_add_action (G_ACTION_MAP (self), language);
  /* The main menu's toggle, kept in the settings. */
  {
    g_autoptr(GAction) reload = g_settings_create_action (self->settings, "reload-when-changed");

    g_action_map_add_action (G_ACTION_MAP (self), reload);
    g_signal_connect_object (self->settings, "changed::reload-when-changed",
                             G_CALLBACK (fv_window_watch_file), self, G_CONNECT_SWAPPED);
  }
}
