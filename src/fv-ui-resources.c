/* fv-ui-resources.c — the interface's templates and style sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every class with a template registers the resources before it sets it;
 * the application loads the style sheet once, at startup.
 */
#include "config.h"

#include "fv-resources.h"
#include "fv-ui-resources.h"

/* The UI's resources are in a static library: registered by hand, since a
 * constructor in an object nothing refers to would not be linked. */
void
fv_ui_register_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      fv_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

/* Fact Viewer's style sheet, for every window on @display. */
void
fv_ui_load_style (GdkDisplay *display)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  fv_ui_register_resources ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/ui/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}
