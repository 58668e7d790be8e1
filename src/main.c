/* main.c — program start: the slice allocator, the languages, the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fv-application.h"
#include "fv-cli.h"
#include "fv-gslice.h"
#include "fv-language.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(FvApplication) app = NULL;
  const char *localedir;
  const char *language;

  /* Before any file is opened, which could take a closed standard
   * output's place. */
  fv_cli_begin ();
  /* Before anything else of GLib's: it may start the program again. */
  fv_gslice_from_start (argv);

  /* gettext walks LANGUAGE at each message, in a way that grows with the
   * square of its parts: a person's few languages, not thousands. */
  language = g_getenv ("LANGUAGE");
  if (language != NULL)
    {
      g_autofree char *bounded = fv_language_list_bound (language);

      if (strcmp (bounded, language) != 0)
        g_setenv ("LANGUAGE", bounded, TRUE);
    }

  localedir = g_getenv ("FACT_VIEWER_LOCALEDIR");
  setlocale (LC_ALL, "");
  /* FACT_VIEWER_LOCALEDIR: the build folder's translations, for running
   * and testing Fact Viewer before it is installed. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = fv_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
