/* fv-test-locale.h — switch a test to a real locale, made for it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The test machines have only C and C.UTF-8. Month names and number
 * formats need a real locale: compile it with localedef into a temporary
 * folder and point LOCPATH at it. Messages need only LANGUAGE.
 */
#pragma once

#include <locale.h>

#include <glib.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

static char *fv_test_locpath;

/* glibc caches translations until this counter moves, which a change of
 * LANGUAGE alone does not do. */
extern int _nl_msg_cat_cntr;

/* Makes LOCALE ("es_ES.UTF-8") the process's locale; FALSE when it cannot
 * be made here (no localedef, no locale sources). */
static inline gboolean
fv_test_use_locale (const char *locale)
{
  g_autofree char *dir = NULL;
  g_autofree char *input = g_strndup (locale, strcspn (locale, "."));
  int status = 0;

  if (fv_test_locpath == NULL)
    fv_test_locpath = g_dir_make_tmp ("fv-locales-XXXXXX", NULL);

  dir = g_build_filename (fv_test_locpath, locale, NULL);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      const char *argv[] = { "localedef", "-i", input, "-f", "UTF-8", dir, NULL };

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                         G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                         NULL, NULL, NULL, NULL, &status, NULL) ||
          !g_file_test (dir, G_FILE_TEST_IS_DIR))
        return FALSE;
    }

  g_setenv ("LOCPATH", fv_test_locpath, TRUE);
  g_setenv ("LANGUAGE", input, TRUE);
  ++_nl_msg_cat_cntr;
  return setlocale (LC_ALL, locale) != NULL;
}

/* Messages in LANGUAGE, in the C.UTF-8 locale (no month names). */
static inline void
fv_test_use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  ++_nl_msg_cat_cntr;
  setlocale (LC_ALL, "C.UTF-8");
}

static inline void
fv_test_bind_translations (void)
{
  const char *dir = g_getenv ("FV_LOCALEDIR");

  g_assert_nonnull (dir);
  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
