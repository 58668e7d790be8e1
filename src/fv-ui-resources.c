/* fv-ui-resources.c — the interface's templates and style sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every class with a template registers the resources before it sets it;
 * the application registers them before its startup, where AdwApplication
 * loads style.css from the resource base path.
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
