/* test-cli.c — the command line: exit status and what it prints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <gio/gio.h>

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs fact-viewer with ARGS and no display at all: none of these paths
 * may need one. */
static void
run (Run        *result,
     const char *first_arg,
     ...)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *binary = g_getenv ("FV_BINARY");
  va_list args;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (char *) binary);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "DBUS_SESSION_BUS_ADDRESS");
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "en", TRUE);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  result->status = g_subprocess_get_exit_status (process);
}

static char *
fixture (const char *dir,
         const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", dir, name, NULL);
}

static void
test_validate_builtin (void)
{
  g_auto(Run) r = { 0 };

  run (&r, "--validate", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "built-in model: valid fact model: "));
  g_assert_nonnull (strstr (r.out, " events, "));
  g_assert_true (g_str_has_suffix (r.out, " sources\n"));
  /* One line. */
  g_assert_cmpint (strchr (r.out, '\n') - r.out, ==, strlen (r.out) - 1);
  g_assert_cmpstr (r.err, ==, "");
}

static void
test_validate_good (void)
{
  g_autofree char *path = fixture ("good", "minimal.json");
  g_autofree char *expected = g_strconcat (path, ": valid fact model: 1 event, 1 statement, "
                                           "1 figure, 0 case studies, 0 charts, 1 actor, "
                                           "1 source\n", NULL);
  g_auto(Run) r = { 0 };

  run (&r, "--validate", path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, expected);
}

static void
test_validate_bad (void)
{
  g_autofree char *path = fixture ("bad", "several-problems.json");
  g_auto(Run) r = { 0 };
  g_auto(GStrv) lines = NULL;
  g_autofree char *first = NULL;

  run (&r, "--validate", path, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");

  lines = g_strsplit (r.err, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);  /* three lines and the empty tail */
  first = g_strconcat (path, ":24:7: $.events[0].date: ", NULL);
  g_assert_true (g_str_has_prefix (lines[0], first));
  g_assert_nonnull (strstr (lines[1], ":34:7: $.statements[0].actor: "));
  g_assert_nonnull (strstr (lines[2], ":44:7: $.figures[0].value: "));
  g_assert_cmpstr (lines[3], ==, "");
}

static void
test_validate_syntax (void)
{
  g_autofree char *path = fixture ("bad", "syntax-comment.json");
  g_autofree char *expected = g_strconcat (path, ":3:21: $.language: JSON does not allow comments\n",
                                           NULL);
  g_auto(Run) r = { 0 };

  run (&r, "--validate", path, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.err, ==, expected);
}

static void
test_validate_several_files (void)
{
  g_autofree char *good = fixture ("good", "minimal.json");
  g_autofree char *bad = fixture ("bad", "duplicate-key.json");
  g_auto(Run) r = { 0 };

  run (&r, "--validate", good, bad, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_true (g_str_has_prefix (r.out, good));
  g_assert_true (g_str_has_prefix (r.err, bad));
}

static void
test_validate_missing (void)
{
  g_auto(Run) r = { 0 };

  run (&r, "--validate", "/nonexistent/model.json", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_true (g_str_has_prefix (r.err, "/nonexistent/model.json: "));
  g_assert_null (strchr (r.err, '\n') + 1 == NULL ? NULL : strstr (strchr (r.err, '\n') + 1, ":"));
}

static void
test_version (void)
{
  g_auto(Run) r = { 0 };

  run (&r, "--version", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "fact-viewer " PACKAGE_VERSION "\n");
}

static void
test_help (void)
{
  g_auto(Run) r = { 0 };

  run (&r, "--help", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "fact-viewer [OPTION…] [FILE]"));
  g_assert_nonnull (strstr (r.out, "--validate"));
  g_assert_nonnull (strstr (r.out, "--version"));
}

static void
test_bad_option (void)
{
  g_auto(Run) r = { 0 };

  run (&r, "--frobnicate", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "--frobnicate"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/validate/builtin", test_validate_builtin);
  g_test_add_func ("/cli/validate/good", test_validate_good);
  g_test_add_func ("/cli/validate/bad", test_validate_bad);
  g_test_add_func ("/cli/validate/syntax", test_validate_syntax);
  g_test_add_func ("/cli/validate/several-files", test_validate_several_files);
  g_test_add_func ("/cli/validate/missing", test_validate_missing);
  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/bad-option", test_bad_option);

  return g_test_run ();
}
