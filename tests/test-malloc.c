/* test-malloc.c — freed parse trees go back to the system; G_SLICE is set for
 * the program only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "fv-gslice.h"
#include "fv-malloc.h"

static gint64
resident_bytes (void)
{
  g_autofree char *status = NULL;
  const char *line;

  g_assert_true (g_file_get_contents ("/proc/self/status", &status, NULL, NULL));
  line = strstr (status, "VmRSS:");
  g_assert_nonnull (line);
  return g_ascii_strtoll (line + strlen ("VmRSS:"), NULL, 10) * 1024;
}

/* Whether an environment written one NAME=VALUE a line holds ENTRY. */
static gboolean
environment_has (const char *path,
                 const char *entry)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  return g_strv_contains ((const char * const *) lines, entry);
}

/* The program itself, started as a person starts it on an X11 session
 * without a session bus: GApplication then asks GDBus for the bus, which
 * starts dbus-launch, a child of the program. A dbus-launch of ours in
 * PATH writes down its own environment and its parent's as the parent was
 * started (/proc/PID/environ keeps that), and finds no bus. */
static void
test_from_start (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-malloc-XXXXXX", NULL);
  g_autofree char *script = g_build_filename (dir, "dbus-launch", NULL);
  g_autofree char *child = g_build_filename (dir, "child-env", NULL);
  g_autofree char *parent = g_build_filename (dir, "parent-env", NULL);
  g_autofree char *model = g_test_build_filename (G_TEST_DIST, "fixtures", "good",
                                                  "minimal.json", NULL);
  g_autofree char *path = g_strconcat (dir, ":", g_getenv ("PATH"), NULL);
  const char *argv[] = { g_getenv ("FV_BINARY"), model, NULL };
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;

  if (glib_check_version (2, 76, 0) == NULL)
    {
      g_test_skip ("GLib 2.76 and later allocate slices with malloc()");
      return;
    }
  g_assert_nonnull (argv[0]);

  g_assert_true (g_file_set_contents (script,
                                      "#!/bin/sh\n"
                                      "tr '\\0' '\\n' < /proc/$$/environ > \"${0%/*}/child-env\"\n"
                                      "tr '\\0' '\\n' < /proc/$PPID/environ > \"${0%/*}/parent-env\"\n"
                                      "exit 1\n", -1, NULL));
  g_assert_no_errno (g_chmod (script, 0755));

  envp = g_environ_unsetenv (envp, "G_SLICE");
  envp = g_environ_unsetenv (envp, "DBUS_SESSION_BUS_ADDRESS");
  /* A display that is not there: the window cannot open, which is all
   * right, the bus was asked for first. */
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_unsetenv (envp, "G_DEBUG");
  envp = g_environ_setenv (envp, "DISPLAY", ":99999", TRUE);
  envp = g_environ_setenv (envp, "XDG_RUNTIME_DIR", dir, TRUE);
  envp = g_environ_setenv (envp, "PATH", path, TRUE);

  g_assert_true (g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                               &err, NULL, &error));
  g_assert_no_error (error);
  if (!g_file_test (child, G_FILE_TEST_EXISTS))
    g_error ("the program started no dbus-launch; it said: %s", err);

  /* Started again with the variable set: GLib read it before main() ... */
  g_assert_true (environment_has (parent, "G_SLICE=always-malloc"));
  /* ... and it went from the environment before the child was started. */
  g_assert_false (environment_has (child, "G_SLICE=always-malloc"));
  g_assert_true (environment_has (child, "DISPLAY=:99999"));

  g_unlink (child);
  g_unlink (parent);
  g_unlink (script);
  g_rmdir (dir);
}

/* What a large model does: json-glib builds a tree of several hundred
 * thousand nodes, and frees it. Its memory must leave the process. */
static void
test_tree_given_back (void)
{
  g_autoptr(GString) json = g_string_new ("[");
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  gint64 before, with_tree, after;

#if defined(__SANITIZE_ADDRESS__)
  g_test_skip ("AddressSanitizer keeps freed memory in quarantine");
  return;
#endif

  for (guint i = 0; i < 200000; i++)
    g_string_append_printf (json, "%s{\"id\":\"e%u\",\"title\":\"Event %u\",\"n\":[%u]}",
                            i > 0 ? "," : "", i, i, i);
  g_string_append_c (json, ']');

  before = resident_bytes ();
  g_assert_true (json_parser_load_from_data (parser, json->str, json->len, NULL));
  with_tree = resident_bytes ();
  g_clear_object (&parser);
  fv_malloc_give_back (json->len);
  after = resident_bytes ();

  g_test_message ("resident: %" G_GINT64_FORMAT " kB before, %" G_GINT64_FORMAT
                  " kB with the tree, %" G_GINT64_FORMAT " kB after",
                  before / 1024, with_tree / 1024, after / 1024);
  /* The tree is tens of megabytes; at most a tenth of it may stay. */
  g_assert_cmpint (with_tree - before, >, 20 * 1024 * 1024);
  g_assert_cmpint (after - before, <, (with_tree - before) / 10);
}

int
main (int   argc,
      char *argv[])
{
  /* As the program starts, so that GLib's slices are malloc()'s here too. */
  fv_gslice_from_start (argv);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/malloc/from-start", test_from_start);
  g_test_add_func ("/malloc/tree-given-back", test_tree_given_back);

  return g_test_run ();
}
