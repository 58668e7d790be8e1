/* test-cli.c — the command line: exit status and what it prints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cairo.h>
#include <gio/gio.h>
#include <gio/gunixsocketaddress.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;


static gboolean
have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  return path != NULL;
}

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs fact-viewer with ARGS and no display at all: none of these paths
 * may need one. */
static GSpawnChildSetupFunc child_setup;
static const char *run_language = "en";
static const char * const *run_prefix;  /* a program that runs fact-viewer: unshare … */

/* The child may write at most 4 KiB to any file: a full disk, for a test
 * that runs as root (which permissions do not stop). */
static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { 4096, 4096 };

  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

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
  for (guint i = 0; run_prefix != NULL && run_prefix[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) run_prefix[i]);
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
  g_subprocess_launcher_setenv (launcher, "LANG", "C.UTF-8", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "LC_ALL");
  g_subprocess_launcher_unsetenv (launcher, "LC_MESSAGES");
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", run_language, TRUE);
  g_subprocess_launcher_setenv (launcher, "FACT_VIEWER_LOCALEDIR", g_getenv ("FV_LOCALEDIR"), TRUE);
  if (child_setup != NULL)
    g_subprocess_launcher_set_child_setup (launcher, child_setup, NULL, NULL);

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
  /* The built-in model is complete in its three languages. */
  g_assert_true (g_str_has_suffix (r.out, " sources; translations: es 100%, pl 100%\n"));
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

/* A model with gaps in its translations is valid; each missing text is a
 * warning with its place, and the summary says how complete each is. */
static void
test_validate_translation_gaps (void)
{
  g_autofree char *path = fixture ("good", "translated.json");
  g_autofree char *title_es = g_strconcat (path, ":4:3: $.title: warning: no “es” translation\n",
                                           NULL);
  g_autofree char *label_pl = g_strconcat (path, ":44:7: $.figures[0].label: warning: no “pl” "
                                           "translation\n", NULL);
  g_auto(GStrv) lines = NULL;
  g_auto(Run) r = { 0 };

  run (&r, "--validate", path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.err, title_es));
  g_assert_nonnull (strstr (r.err, label_pl));
  /* The event's title has es, pl and pt-BR; the quotation's translation lacks only pt-BR. */
  g_assert_null (strstr (r.err, "$.events[0].title"));
  g_assert_nonnull (strstr (r.err, "$.statements[0].translation: warning: no “pt-BR” translation"));
  g_assert_null (strstr (r.err, "$.statements[0].translation: warning: no “es”"));
  /* Names of people are kept as they are written: never asked for. */
  g_assert_null (strstr (r.err, "$.actors[0].name"));
  lines = g_strsplit (r.err, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines) - 1, ==, 16);
  g_assert_true (g_str_has_suffix (r.out, "; translations: es 28%, pl 28%, pt-BR 14%\n"));
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
  /* One problem, on one line, without a line and column: there is no text. */
  g_assert_cmpstr (strchr (r.err, '\n'), ==, "\n");
  g_assert_null (strstr (r.err, ".json:1:"));
}

/* The head of a model with LANGUAGES languages in its title (none of
 * them in any other text), and the start of its events. */
static GString *
large_model_head (guint languages)
{
  GString *json = g_string_new ("{\"schema_version\": 1, \"language\": \"en\", \"title\": {\"en\": \"t\"");

  for (guint i = 0; i < languages; i++)
    g_string_append_printf (json, ", \"en-x%u\": \"t\"", i);
  g_string_append (json, "}, \"tabs\": {\"timeline\": {\"title\": \"a\"}, \"case\": "
                   "{\"title\": \"b\"}, \"statements\": {\"title\": \"c\"}}, "
                   "\"sources\": [{\"id\": \"s\", \"kind\": \"other\", \"title\": \"S\"}], "
                   "\"events\": [");
  return json;
}

static char *
write_large_model (const char *dir,
                   const char *name,
                   GString    *json)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_string_append (json, "]}");
  g_file_set_contents (path, json->str, json->len, &error);
  g_assert_no_error (error);
  g_string_free (json, TRUE);
  return path;
}

#if defined(__SANITIZE_ADDRESS__)
#define LARGE_REPORTS_MAX_RSS_MIB 800
#else
#define LARGE_REPORTS_MAX_RSS_MIB 200
#endif

/* The largest resident size of any child this process has waited for. */
static glong
children_max_rss_kib (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_CHILDREN, &usage), ==, 0);
  return usage.ru_maxrss;
}

/* Models whose problems grow faster than the file: 10,000 texts lacking
 * 100 languages (a million warnings from 1 MB), and 20,000 events with
 * a date that does not exist. --validate prints a bounded report with the
 * rest counted, and stays within a memory bound far below what keeping
 * every problem takes (4 million warnings took 640 MB; 1 MB of problems
 * took 444 MB). Its time is bounded by the test's timeout. (Sizes are
 * kept so that the sanitizer build, where every allocation costs a
 * whole stack, finishes in a minute.) Run in a subprocess of its own so that the resident
 * size measured is of these runs alone. */
static void
test_validate_large_reports (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *translations = NULL;
  g_autofree char *dates = NULL;
  g_auto(GStrv) lines = NULL;
  GString *json;
  guint n;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT |
                              G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  dir = g_dir_make_tmp ("fv-large-XXXXXX", NULL);
  g_assert_nonnull (dir);

  /* As many languages as a model may have (FV_MODEL_MAX_LANGUAGES). */
  json = large_model_head (100);
  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (json, "%s{\"id\": \"e%u\", \"date\": \"2017-01-01\", \"title\": "
                            "\"E\", \"references\": [{\"source\": \"s\"}]}", i ? ",\n" : "", i);
  translations = write_large_model (dir, "translations.json", json);

  json = large_model_head (0);
  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (json, "%s{\"id\": \"e%u\", \"date\": \"2017-13-01\", \"title\": "
                            "\"E\", \"references\": [{\"source\": \"s\"}]}", i ? ",\n" : "", i);
  dates = write_large_model (dir, "dates.json", json);

  {
    g_auto(Run) r = { 0 };

    run (&r, "--validate", translations, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_str_has_prefix (r.out, translations));
    g_assert_nonnull (strstr (r.out, "; translations: en-x0 0%, "));
    lines = g_strsplit (r.err, "\n", -1);
    n = g_strv_length (lines) - 1;
    g_assert_cmpuint (n, <=, 1001);
    g_assert_true (g_str_has_prefix (lines[0], translations));
    g_test_message ("translations: %u lines, the last: %s", n, lines[n - 1]);
    g_assert_nonnull (strstr (lines[n - 1], ": and "));
    g_assert_true (g_str_has_suffix (lines[n - 1], " more warnings"));
  }
  g_clear_pointer (&lines, g_strfreev);

  {
    g_auto(Run) r = { 0 };

    run (&r, "--validate", dates, NULL);
    g_assert_cmpint (r.status, ==, 1);
    lines = g_strsplit (r.err, "\n", -1);
    n = g_strv_length (lines) - 1;
    g_assert_cmpuint (n, <=, 1001);
    g_test_message ("dates: %u lines, the last: %s", n, lines[n - 1]);
    g_assert_true (g_str_has_suffix (lines[n - 1], ": and 19000 more problems"));
  }

  /* 55 MiB here, 385 MiB in the sanitizer build (its shadow memory and
   * quarantine of freed blocks); keeping every problem takes several
   * times more. */
  g_test_message ("largest child: %ld MiB", children_max_rss_kib () / 1024);
  g_assert_cmpint (children_max_rss_kib (), <, LARGE_REPORTS_MAX_RSS_MIB * 1024);

  g_assert_cmpint (g_remove (translations), ==, 0);
  g_assert_cmpint (g_remove (dates), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
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

static void
test_list_charts (void)
{
  g_auto(Run) r = { 0 };

  run (&r, "--list-charts", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==,
                   "policy-timeline\tLocal police and immigration enforcement\n"
                   "maricopa-timeline\tMaricopa County beside national events\n"
                   "trust-survey\tFear of calling the police\n");
}

/* What a model says reaches the terminal as text: no escape sequence runs,
 * no bidi control reorders, and one chart or problem is one line. */
static void
test_terminal_escapes (void)
{
  g_autofree char *minimal = fixture ("good", "minimal.json");
  g_autofree char *dir = g_dir_make_tmp ("fv-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "hostile.json", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "hostile-id.json", NULL);
  g_autofree char *text = NULL;
  g_auto(Run) list = { 0 };
  g_auto(Run) validate = { 0 };
  g_auto(GStrv) lines = NULL;
  GString *json;

  g_assert_true (g_file_get_contents (minimal, &text, NULL, NULL));
  json = g_string_new (text);
  g_assert_true (g_str_has_suffix (g_strchomp (json->str), "}"));
  g_string_truncate (json, strlen (json->str) - 1);
  g_string_append (json, ", \"charts\": [{\"id\": \"c\", \"type\": \"timeline\", "
                   "\"tab\": \"timeline\", \"title\": \"\\u001b]0;pwned\\u0007\\u001b[2J"
                   "\\u200fgnp.exe\\nc2\\tforged\"}]}");
  g_assert_true (g_file_set_contents (path, json->str, -1, NULL));
  g_string_free (json, TRUE);

  run (&list, "--list-charts", path, NULL);
  g_assert_cmpint (list.status, ==, 0);
  g_assert_null (strchr (list.out, '\x1b'));
  g_assert_null (strstr (list.out, "\u200f"));
  g_assert_cmpstr (list.out, ==, "c\t\\u001B]0;pwned\\u0007\\u001B[2J\\u200Fgnp.exe\\u000Ac2"
                                 "\\u0009forged\n");

  /* A refused id with a newline does not forge a second problem. */
  g_assert_true (g_file_set_contents (bad_path,
                                      "{\"schema_version\": 1, \"language\": \"en\", \"title\": \"t\", "
                                      "\"tabs\": {\"timeline\": {\"title\": \"a\"}, \"case\": "
                                      "{\"title\": \"b\"}, \"statements\": {\"title\": \"c\"}}, "
                                      "\"sources\": [{\"id\": \"x\\u001b[31m\\nother.json:1:1: "
                                      "$.forged: fake\", \"kind\": \"other\", \"title\": \"S\"}]}",
                                      -1, NULL));
  run (&validate, "--validate", bad_path, NULL);
  g_assert_cmpint (validate.status, ==, 1);
  g_assert_null (strchr (validate.err, '\x1b'));
  lines = g_strsplit (g_strchomp (validate.err), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1);
  g_assert_nonnull (strstr (lines[0], "\\u001B[31m\\u000Aother.json:1:1"));

  g_unlink (path);
  g_unlink (bad_path);
  g_rmdir (dir);
}

static void
assert_png_size (const char *path,
                 int         width,
                 int         height)
{
  cairo_surface_t *png = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, height);
  cairo_surface_destroy (png);
}

static guint
count_files (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
test_export (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "survey.png", NULL);
  g_autofree char *output = g_strconcat ("--output=", path, NULL);
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };

  run (&r1, "--export-chart=trust-survey", output, "--width=640", "--height=360", NULL);
  g_assert_cmpint (r1.status, ==, 0);
  g_assert_cmpstr (r1.err, ==, "");
  assert_png_size (path, 640, 360);

  run (&r2, "--export-chart=policy-timeline", output, "--width=800", "--height=450",
       "--scale=2", NULL);
  g_assert_cmpint (r2.status, ==, 0);
  assert_png_size (path, 1600, 900);

  /* No temporary file is left beside it. */
  g_assert_cmpuint (count_files (dir), ==, 1);

  g_unlink (path);
  g_rmdir (dir);
}

/* --from and --to: the time an exported timeline shows, at any precision,
 * --to through its end. The image differs from the whole timeline's. */
static void
test_export_time_range (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-export-XXXXXX", NULL);
  g_autofree char *whole = g_build_filename (dir, "whole.png", NULL);
  g_autofree char *part = g_build_filename (dir, "part.png", NULL);
  g_autofree char *whole_arg = g_strconcat ("--output=", whole, NULL);
  g_autofree char *part_arg = g_strconcat ("--output=", part, NULL);
  g_autofree char *a = NULL, *b = NULL;
  gsize la, lb;
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };

  run (&r1, "--export-chart=policy-timeline", whole_arg, NULL);
  run (&r2, "--export-chart=policy-timeline", part_arg, "--from=2016-11", "--to=2017", NULL);
  g_assert_cmpint (r1.status, ==, 0);
  g_assert_cmpint (r2.status, ==, 0);
  g_assert_true (g_file_get_contents (whole, &a, &la, NULL));
  g_assert_true (g_file_get_contents (part, &b, &lb, NULL));
  g_assert_false (la == lb && memcmp (a, b, la) == 0);

  g_unlink (whole);
  g_unlink (part);
  g_rmdir (dir);
}

/* SVG and PDF from the same drawing: the format by --output's extension
 * or --format; a PDF carries the chart's title and the application as
 * metadata, and its text stays text (pdftotext reads it). */
static void
test_export_vector (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-export-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (dir, "survey.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "timeline.pdf", NULL);
  g_autofree char *other = g_build_filename (dir, "timeline.out", NULL);
  g_autofree char *svg_arg = g_strconcat ("--output=", svg, NULL);
  g_autofree char *pdf_arg = g_strconcat ("--output=", pdf, NULL);
  g_autofree char *other_arg = g_strconcat ("--output=", other, NULL);
  g_autofree char *text = NULL;
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };

  run (&r1, "--export-chart=trust-survey", svg_arg, NULL);
  g_assert_cmpint (r1.status, ==, 0);
  g_assert_true (g_file_get_contents (svg, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "<?xml"));
  g_assert_nonnull (strstr (text, "<svg"));
  g_clear_pointer (&text, g_free);

  run (&r2, "--export-chart=policy-timeline", pdf_arg, NULL);
  g_assert_cmpint (r2.status, ==, 0);
  g_assert_true (g_file_get_contents (pdf, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "%PDF-"));
  g_clear_pointer (&text, g_free);

  run (&r3, "--export-chart=policy-timeline", other_arg, "--format=pdf", NULL);
  g_assert_cmpint (r3.status, ==, 0);
  g_assert_true (g_file_get_contents (other, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "%PDF-"));
  g_clear_pointer (&text, g_free);

  /* What the PDF says of itself, and its text. */
  if (have_program ("pdfinfo"))
    {
      const char *info_argv[] = { "pdfinfo", pdf, NULL };
      const char *text_argv[] = { "pdftotext", pdf, "-", NULL };
      g_autofree char *info = NULL;
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) info_argv, NULL, G_SPAWN_SEARCH_PATH, NULL,
                                   NULL, &info, NULL, &status, NULL));
      g_assert_nonnull (strstr (info, "Local police and immigration enforcement"));
      g_assert_nonnull (strstr (info, "Fact Viewer"));
      g_assert_true (g_spawn_sync (NULL, (char **) text_argv, NULL, G_SPAWN_SEARCH_PATH, NULL,
                                   NULL, &text, NULL, &status, NULL));
      g_assert_nonnull (strstr (text, "A federal law creates the 287(g) authority"));
    }
  else
    g_test_message ("pdfinfo is not installed: the PDF's metadata and text not read");

  g_unlink (svg);
  g_unlink (pdf);
  g_unlink (other);
  g_rmdir (dir);
}

static JsonObject *
parse_object (const char *text,
              JsonParser *parser)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_node_get_object (json_parser_get_root (parser));
}

/* --validate --json: one JSON document an editor or a CI job reads; the
 * exit status as without --json. Good, bad and missing files. */
static void
test_validate_json (void)
{
  g_autofree char *good = fixture ("good", "translated.json");
  g_autofree char *bad = fixture ("bad", "several-problems.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };
  g_auto(Run) r4 = { 0 };
  JsonObject *o, *problem;
  JsonArray *problems;

  run (&r1, "--validate", "--json", good, NULL);
  g_assert_cmpint (r1.status, ==, 0);
  o = parse_object (r1.out, parser);
  g_assert_cmpstr (json_object_get_string_member (o, "file"), ==, good);
  g_assert_true (json_object_get_boolean_member (o, "valid"));
  g_assert_true (json_object_has_member (o, "translations"));
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_object_get_member (o, "translations")));

  run (&r2, "--validate", "--json", bad, NULL);
  g_assert_cmpint (r2.status, ==, 1);
  o = parse_object (r2.out, parser);
  g_assert_false (json_object_get_boolean_member (o, "valid"));
  problems = json_object_get_array_member (o, "problems");
  g_assert_cmpuint (json_array_get_length (problems), ==, 3);
  problem = json_array_get_object_element (problems, 0);
  g_assert_cmpint (json_object_get_int_member (problem, "line"), ==, 24);
  g_assert_cmpint (json_object_get_int_member (problem, "column"), ==, 7);
  g_assert_cmpstr (json_object_get_string_member (problem, "path"), ==, "$.events[0].date");
  g_assert_cmpstr (json_object_get_string_member (problem, "severity"), ==, "error");
  g_assert_nonnull (strstr (json_object_get_string_member (problem, "message"), "2017-13-01"));

  run (&r3, "--validate", "--json", "/nonexistent/model.json", NULL);
  g_assert_cmpint (r3.status, ==, 1);
  o = parse_object (r3.out, parser);
  g_assert_false (json_object_get_boolean_member (o, "valid"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "problems")), ==, 1);

  /* Several files: an array, one object each. */
  run (&r4, "--validate", "--json", good, bad, NULL);
  g_assert_cmpint (r4.status, ==, 1);
  g_assert_true (json_parser_load_from_data (parser, r4.out, -1, NULL));
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  g_assert_cmpuint (json_array_get_length (json_node_get_array (json_parser_get_root (parser))), ==, 2);
}

static void
test_export_bad_arguments (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *output = g_strconcat ("--output=", path, NULL);
  g_autofree char *missing = g_strconcat ("--output=", dir, "/no/such/dir/chart.png", NULL);
  g_autofree char *is_dir = g_strconcat ("--output=", dir, NULL);
  g_autofree char *no_extension = g_strconcat ("--output=", dir, "/chart", NULL);
  const struct { const char *a, *b, *c, *expect; } cases[] = {
    { "--export-chart=no-such-chart", output, NULL, "no-such-chart" },
    { "--export-chart=trust-survey", output, "--width=0", "pixels" },
    { "--export-chart=trust-survey", output, "--width=-5", "pixels" },
    { "--export-chart=trust-survey", output, "--height=100000", "pixels" },
    { "--export-chart=trust-survey", output, "--scale=50", "scale" },
    { "--export-chart=trust-survey", output, "--scale=0", "scale" },
    { "--export-chart=trust-survey", output, "--width=wide", "whole number" },
    { "--export-chart=trust-survey", NULL, NULL, "--output" },
    { "--export-chart=trust-survey", missing, NULL, "No such file or directory" },
    { "--export-chart=trust-survey", is_dir, "--format=png", "Is a directory" },
    { "--export-chart=trust-survey", no_extension, NULL, "does not end in .png, .svg, .pdf or .csv" },
    { "--export-chart=policy-timeline", output, "--from=2017-13", "“2017-13” is not a date" },
    { "--export-chart=policy-timeline", output, "--to=2017-02-30", "“2017-02-30” is not a date" },
    { "--export-chart=policy-timeline", output, "--from=last-year", "“last-year” is not a date" },
    { "--export-chart=policy-timeline", output, "--to=1990", "Nothing to show" },
    { "--export-chart=trust-survey", output, "--from=2016", "“trust-survey” is not one" },
    { "--export-chart=trust-survey", output, "--format=gif", "“gif” is not a format" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) r = { 0 };

      run (&r, cases[i].a, cases[i].b, cases[i].c, NULL);
      g_assert_cmpint (r.status, ==, 1);
      if (strstr (r.err, cases[i].expect) == NULL)
        g_error ("“%s” does not say “%s”", r.err, cases[i].expect);
    }

  /* Nothing was written, nothing was left. */
  g_assert_cmpuint (count_files (dir), ==, 0);
  g_rmdir (dir);
}


/* Runs fact-viewer with ARGS as run() does, and gives its standard output
 * as bytes: an image written to "-". */
static GBytes *
run_bytes (int        *status,
           const char *first_arg,
           ...)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GBytes *out = NULL;
  va_list args;

  g_ptr_array_add (argv, (char *) g_getenv ("FV_BINARY"));
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "LANG", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "en", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  *status = g_subprocess_get_exit_status (process);
  return out;
}

/* A dense export names what it left out on standard error, with its
 * size; one where every label fits says nothing of it. */
static void
test_export_left_out (void)
{
  g_auto(Run) dense = { 0 };
  g_auto(Run) roomy = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("fv-left-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);

  run (&dense, "--export-chart=maricopa-timeline", "--width=400", "--height=300", "--output",
       path, NULL);
  g_assert_cmpint (dense.status, ==, 0);
  g_assert_true (g_regex_match_simple ("^[0-9]+ labels left out of maricopa-timeline at 400x300",
                                       dense.err, 0, 0));
  run (&roomy, "--export-chart=maricopa-timeline", "--output", path, NULL);
  g_assert_cmpint (roomy.status, ==, 0);
  g_assert_null (strstr (roomy.err, "left out"));
  g_unlink (path);
  g_rmdir (dir);
}

static const char *formats[] = { "png", "svg", "pdf" };

static gboolean
has_magic (const char *data,
           gsize       length,
           const char *format)
{
  const char *magic = g_str_equal (format, "png") ? "\x89PNG" :
                      g_str_equal (format, "svg") ? "<?xml" : "%PDF";

  return length > strlen (magic) && memcmp (data, magic, strlen (magic)) == 0;
}

/* A full disk (RLIMIT_FSIZE), in each format: the file that was there is
 * as it was, and no temporary is left. */
static void
test_export_full_disk_each_format (void)
{
  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *dir = g_dir_make_tmp ("fv-export-XXXXXX", NULL);
      g_autofree char *name = g_strconcat ("chart.", formats[f], NULL);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *output = g_strconcat ("--output=", path, NULL);
      g_autofree char *after = NULL;
      const char *before = "the chart a person made yesterday";
      g_auto(Run) r = { 0 };
      g_auto(Run) again = { 0 };

      g_assert_true (g_file_set_contents (path, before, -1, NULL));
      child_setup = limit_file_size;
      run (&r, "--export-chart=policy-timeline", output, "--width=1600", "--height=900", NULL);
      child_setup = NULL;

      g_assert_cmpint (r.status, ==, 1);
      g_assert_nonnull (strstr (r.err, "Could not write"));
      g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
      g_assert_cmpstr (after, ==, before);
      g_assert_cmpuint (count_files (dir), ==, 1);

      /* A file that was not there is not there after. */
      g_unlink (path);
      child_setup = limit_file_size;
      run (&again, "--export-chart=policy-timeline", output, "--width=1600", "--height=900",
           NULL);
      child_setup = NULL;
      g_assert_cmpint (again.status, ==, 1);
      g_assert_nonnull (strstr (again.err, "Could not write"));
      g_assert_cmpuint (count_files (dir), ==, 0);

      g_rmdir (dir);
    }
}

/* The same for a fact sheet, new or over a file. */
static void
test_export_sheet_full_disk (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *output = g_strconcat ("--output=", path, NULL);
  g_autofree char *after = NULL;
  g_auto(Run) fresh = { 0 };
  g_auto(Run) over = { 0 };

  child_setup = limit_file_size;
  run (&fresh, "--export-sheet", output, NULL);
  child_setup = NULL;
  g_assert_cmpint (fresh.status, ==, 1);
  g_assert_nonnull (strstr (fresh.err, "Could not write"));
  g_assert_cmpuint (count_files (dir), ==, 0);

  g_assert_true (g_file_set_contents (path, "yesterday's", -1, NULL));
  child_setup = limit_file_size;
  run (&over, "--export-sheet", output, NULL);
  child_setup = NULL;
  g_assert_cmpint (over.status, ==, 1);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "yesterday's");
  g_assert_cmpuint (count_files (dir), ==, 1);

  g_unlink (path);
  g_rmdir (dir);
}

/* An export over the model it is made from, by its own name, through a
 * symbolic link or a hard link, a chart or a fact sheet: refused, with the
 * model byte for byte as it was and nothing else left. */
static void
test_export_own_input (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-export-XXXXXX", NULL);
  g_autofree char *source = fixture ("good", "timeline-only.json");
  g_autofree char *model = g_build_filename (dir, "m.json", NULL);
  g_autofree char *pdf = g_build_filename (dir, "m.pdf", NULL);
  g_autofree char *symbolic = g_build_filename (dir, "link.json", NULL);
  g_autofree char *hard = g_build_filename (dir, "hard.json", NULL);
  g_autofree char *before = NULL;
  const struct { const char *mode, *format, *output, *model; } cases[] = {
    { "--export-chart=timeline", "--format=png", model, model },
    { "--export-chart=timeline", "--format=svg", symbolic, model },
    { "--export-chart=timeline", "--format=pdf", hard, model },
    { "--export-chart=timeline", "--format=png", model, symbolic },
    { "--export-sheet", "--format=pdf", pdf, pdf },
    { "--export-sheet", "--format=pdf", symbolic, model },
    { "--export-sheet", "--format=pdf", hard, symbolic },
  };

  g_assert_true (g_file_get_contents (source, &before, NULL, NULL));
  g_assert_true (g_file_set_contents (model, before, -1, NULL));
  g_assert_true (g_file_set_contents (pdf, before, -1, NULL));
  g_assert_cmpint (symlink ("m.json", symbolic), ==, 0);
  g_assert_cmpint (link (model, hard), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *output = g_strconcat ("--output=", cases[i].output, NULL);
      g_autofree char *after = NULL;
      g_autofree char *after_pdf = NULL;
      g_auto(Run) r = { 0 };

      run (&r, cases[i].mode, cases[i].format, output, cases[i].model, NULL);
      g_assert_cmpint (r.status, ==, 1);
      g_assert_nonnull (strstr (r.err, "is the fact model being exported"));
      g_assert_true (g_file_get_contents (model, &after, NULL, NULL));
      g_assert_cmpstr (after, ==, before);
      g_assert_true (g_file_get_contents (pdf, &after_pdf, NULL, NULL));
      g_assert_cmpstr (after_pdf, ==, before);
      g_assert_cmpuint (count_files (dir), ==, 4);
    }

  g_unlink (hard);
  g_unlink (symbolic);
  g_unlink (pdf);
  g_unlink (model);
  g_rmdir (dir);
}

/* A file name of 255 bytes, the most a name may have: written new, and
 * replaced (the temporary's name does not grow with it). */
static void
test_export_long_name (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-export-XXXXXX", NULL);

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    for (gsize length = 248; length <= 255; length += 7)
      {
        g_autofree char *stem = g_strnfill (length - 4, 'a' + f);
        g_autofree char *name = g_strconcat (stem, ".", formats[f], NULL);
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_autofree char *output = g_strconcat ("--output=", path, NULL);

        g_assert_cmpuint (strlen (name), ==, length);
        for (guint again = 0; again < 2; again++)
          {
            g_auto(Run) r = { 0 };

            if (g_str_equal (formats[f], "pdf") && length == 255)
              run (&r, "--export-sheet", output, NULL);
            else
              run (&r, "--export-chart=trust-survey", output, NULL);
            g_assert_cmpstr (r.err, ==, "");
            g_assert_cmpint (r.status, ==, 0);
            g_assert_cmpuint (count_files (dir), ==, 1);
          }
        g_unlink (path);
      }
  g_rmdir (dir);
}

/* --output naming a symbolic link writes through it: the file it points
 * to is replaced, the link stays a link, in each format. */
static void
test_export_through_symlink (void)
{
  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *dir = g_dir_make_tmp ("fv-export-XXXXXX", NULL);
      g_autofree char *name = g_strconcat ("target.", formats[f], NULL);
      g_autofree char *link_name = g_strconcat ("link.", formats[f], NULL);
      g_autofree char *target = g_build_filename (dir, name, NULL);
      g_autofree char *link = g_build_filename (dir, link_name, NULL);
      g_autofree char *output = g_strconcat ("--output=", link, NULL);
      g_autofree char *pointed = NULL;
      g_autofree char *data = NULL;
      gsize length;
      GStatBuf info;
      g_auto(Run) r = { 0 };

      g_assert_true (g_file_set_contents (target, "old", -1, NULL));
      g_assert_cmpint (symlink (name, link), ==, 0);

      run (&r, "--export-chart=trust-survey", output, NULL);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_cmpint (g_lstat (link, &info), ==, 0);
      g_assert_true (S_ISLNK (info.st_mode));
      pointed = g_file_read_link (link, NULL);
      g_assert_cmpstr (pointed, ==, name);
      g_assert_true (g_file_get_contents (target, &data, &length, NULL));
      g_assert_true (has_magic (data, length, formats[f]));
      g_assert_cmpuint (count_files (dir), ==, 2);

      g_unlink (link);
      g_unlink (target);
      g_rmdir (dir);
    }
}

/* --output=- writes the image to standard output, PNG unless --format
 * says otherwise. */
static void
test_export_stdout (void)
{
  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *format = g_strconcat ("--format=", formats[f], NULL);
      g_autoptr(GBytes) out = NULL;
      int status;

      out = f == 0 ? run_bytes (&status, "--export-chart=trust-survey", "--output=-", NULL)
                   : run_bytes (&status, "--export-chart=trust-survey", "--output=-", format, NULL);
      g_assert_cmpint (status, ==, 0);
      g_assert_true (has_magic (g_bytes_get_data (out, NULL), g_bytes_get_size (out), formats[f]));
      g_assert_cmpuint (g_bytes_get_size (out), >, 1000);
    }
}

static gpointer
read_fifo (gpointer path)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_file_get_contents (path, &data, &length, NULL);
  return g_bytes_new_take (g_steal_pointer (&data), length);
}

/* A FIFO and a character device are written directly, not replaced: the
 * reader of the FIFO gets the image and the FIFO stays one; /dev/full
 * fails with exit status 1 and the reason. A folder or a socket is
 * refused before anything is drawn. */
static void
test_export_special_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-export-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.png", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.png", NULL);
  g_autofree char *output = g_strconcat ("--output=", fifo, NULL);
  g_autofree char *folder_output = g_strconcat ("--output=", folder, NULL);
  g_autoptr(GBytes) read = NULL;
  GThread *reader;
  GStatBuf info;
  g_auto(Run) r = { 0 };
  g_auto(Run) full = { 0 };
  g_auto(Run) folder_run = { 0 };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  reader = g_thread_new ("fifo", read_fifo, fifo);
  run (&r, "--export-chart=trust-survey", output, NULL);
  read = g_thread_join (reader);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (has_magic (g_bytes_get_data (read, NULL), g_bytes_get_size (read), "png"));
  g_assert_cmpint (g_lstat (fifo, &info), ==, 0);
  g_assert_true (S_ISFIFO (info.st_mode));
  g_assert_cmpuint (count_files (dir), ==, 1);

  if (g_access ("/dev/full", W_OK) == 0)
    {
      run (&full, "--export-chart=trust-survey", "--output=/dev/full", "--format=png", NULL);
      g_assert_cmpint (full.status, ==, 1);
      g_assert_nonnull (strstr (full.err, "“/dev/full”"));
      g_assert_nonnull (strstr (full.err, g_strerror (ENOSPC)));
      g_assert_cmpint (g_stat ("/dev/full", &info), ==, 0);
      g_assert_true (S_ISCHR (info.st_mode));
    }
  else
    g_test_message ("/dev/full cannot be written here");

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  run (&folder_run, "--export-chart=trust-survey", folder_output, NULL);
  g_assert_cmpint (folder_run.status, ==, 1);
  g_assert_nonnull (strstr (folder_run.err, g_strerror (EISDIR)));
  g_assert_cmpuint (count_files (folder), ==, 0);
  g_assert_cmpuint (count_files (dir), ==, 2);

  {
    g_autofree char *socket_path = g_build_filename (dir, "socket.png", NULL);
    g_autofree char *socket_output = g_strconcat ("--output=", socket_path, NULL);
    g_autoptr(GSocket) sock = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_DEFAULT, NULL);
    g_autoptr(GSocketAddress) address = g_unix_socket_address_new (socket_path);
    g_auto(Run) s = { 0 };

    g_assert_true (g_socket_bind (sock, address, FALSE, NULL));
    run (&s, "--export-chart=trust-survey", socket_output, NULL);
    g_assert_cmpint (s.status, ==, 1);
    g_assert_nonnull (strstr (s.err, "is not a file that can be written"));
    g_assert_cmpint (g_lstat (socket_path, &info), ==, 0);
    g_assert_true (S_ISSOCK (info.st_mode));
    g_unlink (socket_path);
  }

  g_rmdir (folder);
  g_unlink (fifo);
  g_rmdir (dir);
}

/* The output of ARGV, a program of poppler-utils reading a PDF. */
static char *
poppler (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                                                       &error);
  char *out = NULL;

  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (process));
  return out;
}

static char *
without_spaces (const char *text)
{
  GString *str = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (str, g_utf8_get_char (p));
  return g_string_free (str, FALSE);
}

/* Every "quote" and every quotation's "words" of the built-in model, and
 * every paragraph cited. */
static void
collect (JsonNode   *node,
         GPtrArray  *quotes,
         GHashTable *paragraphs)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      if (json_object_has_member (object, "quote"))
        g_ptr_array_add (quotes, (gpointer) json_object_get_string_member (object, "quote"));
      if (json_object_has_member (object, "kind") && json_object_has_member (object, "words") &&
          g_strcmp0 (json_object_get_string_member (object, "kind"), "quotation") == 0)
        g_ptr_array_add (quotes, (gpointer) json_object_get_string_member (object, "words"));
      if (json_object_has_member (object, "paragraph") && json_object_has_member (object, "source"))
        g_hash_table_add (paragraphs,
                          GINT_TO_POINTER (json_object_get_int_member (object, "paragraph")));
      for (GList *m = members; m != NULL; m = m->next)
        collect (json_object_get_member (object, m->data), quotes, paragraphs);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        collect (json_array_get_element (array, i), quotes, paragraphs);
    }
}

/* --export-sheet: a PDF of several pages with the model's title, whose
 * text holds every quotation of the built-in model word for word and
 * every paragraph it cites; on the paper asked for; in the language asked
 * for; and refused, with a message, for a name that is not a PDF's or a
 * paper that does not exist. */
static void
test_export_sheet (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-sheet-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *letter = g_build_filename (dir, "letter.pdf", NULL);
  g_autofree char *spanish = g_build_filename (dir, "es.pdf", NULL);
  g_autofree char *output = g_strconcat ("--output=", pdf, NULL);
  g_autofree char *letter_output = g_strconcat ("--output=", letter, NULL);
  g_autofree char *spanish_output = g_strconcat ("--output=", spanish, NULL);
  g_autofree char *model_path = g_test_build_filename (G_TEST_DIST, "..", "data", "models",
                                                       "chicago-sanctuary.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) quotes = g_ptr_array_new ();
  g_autoptr(GHashTable) paragraphs = g_hash_table_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_auto(Run) r = { 0 };
  g_auto(Run) r_letter = { 0 };
  g_auto(Run) r_es = { 0 };
  g_auto(Run) bad_name = { 0 };
  g_auto(Run) bad_paper = { 0 };
  g_auto(Run) bad_language = { 0 };

  run (&r, "--export-sheet", output, "--paper=a4", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");

  run (&bad_name, "--export-sheet", "--output=sheet.png", NULL);
  g_assert_cmpint (bad_name.status, ==, 1);
  g_assert_nonnull (strstr (bad_name.err, "A fact sheet is a PDF"));
  run (&bad_paper, "--export-sheet", output, "--paper=a5", NULL);
  g_assert_cmpint (bad_paper.status, ==, 1);
  g_assert_nonnull (strstr (bad_paper.err, "“a5” is not a paper size"));
  run (&bad_language, "--export-sheet", output, "--language=de", NULL);
  g_assert_cmpint (bad_language.status, ==, 1);
  g_assert_nonnull (strstr (bad_language.err, "the model has no “de”; it has en, es, pl"));

  if (!have_program ("pdftotext") || !have_program ("pdfinfo"))
    {
      g_test_skip ("poppler-utils are not installed: the fact sheet's pages not read");
      return;
    }

  {
    const char *info_argv[] = { "pdfinfo", pdf, NULL };
    const char *text_argv[] = { "pdftotext", pdf, "-", NULL };
    g_autofree char *info = poppler (info_argv);
    g_autofree char *text = poppler (text_argv);
    g_autofree char *flat = without_spaces (text);
    const char *pages = strstr (info, "Pages:");

    g_assert_nonnull (strstr (info, "Title:           Chicago, sanctuary cities and local police"));
    g_assert_nonnull (strstr (info, "Creator:         Fact Viewer"));
    g_assert_nonnull (strstr (info, "(A4)"));
    g_assert_nonnull (pages);
    g_assert_cmpint (atoi (pages + strlen ("Pages:")), >=, 4);

    g_assert_true (json_parser_load_from_file (parser, model_path, &error));
    g_assert_no_error (error);
    collect (json_parser_get_root (parser), quotes, paragraphs);
    g_assert_cmpuint (quotes->len, >=, 10);
    for (guint i = 0; i < quotes->len; i++)
      {
        g_autofree char *quote = without_spaces (g_ptr_array_index (quotes, i));

        if (strstr (flat, quote) == NULL)
          g_error ("The fact sheet lacks the quotation “%s”", (char *) g_ptr_array_index (quotes, i));
      }
    g_assert_cmpuint (g_hash_table_size (paragraphs), >=, 5);
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, paragraphs);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          g_autofree char *cited = g_strdup_printf ("paragraph%d(", GPOINTER_TO_INT (key));

          if (strstr (flat, cited) == NULL)
            g_error ("The fact sheet does not cite paragraph %d", GPOINTER_TO_INT (key));
        }
    }
    /* A numbered list of the sources at the end, and the running footer. */
    g_assert_nonnull (strstr (text, "Sources\n"));
    g_assert_nonnull (strstr (flat, "[1]Describedas:Articleon"));
    g_assert_nonnull (strstr (text, "Page 1 of "));
  }

  run (&r_letter, "--export-sheet", letter_output, "--paper=letter", NULL);
  g_assert_cmpint (r_letter.status, ==, 0);
  {
    const char *info_argv[] = { "pdfinfo", letter, NULL };
    g_autofree char *info = poppler (info_argv);

    g_assert_nonnull (strstr (info, "612 x 792 pts (letter)"));
  }

  run (&r_es, "--export-sheet", spanish_output, "--language=es", NULL);
  g_assert_cmpint (r_es.status, ==, 0);
  {
    const char *text_argv[] = { "pdftotext", spanish, "-", NULL };
    g_autofree char *text = poppler (text_argv);

    g_assert_nonnull (strstr (text, "Cronología de las políticas"));
    /* The quotation in the words said, and its translation, marked. */
    g_assert_nonnull (strstr (text, "«[We do] not conduct immigration enforcement"));
    g_assert_nonnull (strstr (text, "Traducción nuestra: [Nosotros] no aplicamos"));
  }

  g_unlink (pdf);
  g_unlink (letter);
  g_unlink (spanish);
  g_rmdir (dir);
}

/* --paper puts a chart on a page of A4 or Letter, with its title and its
 * source line as text; without it a PDF's page is the chart's size, and
 * --paper is for a PDF only. */
static void
test_export_page (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-export-XXXXXX", NULL);
  const char *papers[][2] = {
    { "--paper=a4", "595.276 x 841.89 pts (A4)" },
    { "--paper=letter", "612 x 792 pts (letter)" },
    { NULL, "1200 x 675 pts" },
  };
  g_autofree char *png = g_build_filename (dir, "page.png", NULL);
  g_autofree char *png_arg = g_strconcat ("--output=", png, NULL);
  g_auto(Run) refused = { 0 };

  if (!have_program ("pdftotext") || !have_program ("pdfinfo"))
    {
      g_test_skip ("poppler-utils are not installed: the page not read");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      g_autofree char *pdf = g_build_filename (dir, "page.pdf", NULL);
      g_autofree char *arg = g_strconcat ("--output=", pdf, NULL);
      const char *info_argv[] = { "pdfinfo", pdf, NULL };
      const char *text_argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
      g_autofree char *info = NULL;
      g_autofree char *text = NULL;
      g_auto(Run) r = { 0 };

      run (&r, "--export-chart=trust-survey", "--format=pdf", arg, papers[i][0], NULL);
      g_assert_cmpint (r.status, ==, 0);
      info = poppler (info_argv);
      text = poppler (text_argv);
      g_assert_nonnull (strstr (info, papers[i][1]));
      g_assert_nonnull (strstr (info, "Pages:           1\n"));
      /* The chart's title first, its source line last. */
      g_assert_true (g_str_has_prefix (text, "Fear of calling the police\n"));
      g_assert_nonnull (strstr (text, "Source: Nik Theodore, University of Illinois at Chicago "
                                      "(2013), as reported in the article\n"));
      g_unlink (pdf);
    }

  run (&refused, "--export-chart=trust-survey", png_arg, "--paper=a4", NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_nonnull (strstr (refused.err, "--paper puts a chart on a page of a PDF"));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

/* Where the words of a PDF's page end: the largest right and bottom edge
 * of the words pdftotext finds there, and the height of the first. */
typedef struct
{
  double right, bottom, first_height;
} Extent;

static Extent
words_extent (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-bbox", pdf, "-", NULL };
  g_autofree char *html = poppler (argv);
  Extent extent = { 0 };
  guint n = 0;

  for (const char *p = strstr (html, "<word "); p != NULL; p = strstr (p + 1, "<word "))
    {
      double x_min, y_min, x_max, y_max;

      g_assert_cmpint (sscanf (p, "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"",
                               &x_min, &y_min, &x_max, &y_max), ==, 4);
      if (n++ == 0)
        extent.first_height = y_max - y_min;
      extent.right = MAX (extent.right, x_max);
      extent.bottom = MAX (extent.bottom, y_max);
    }
  g_assert_cmpuint (n, >, 5);
  return extent;
}

/* --paper with --width and --height: the chart has that size on the page,
 * at the scale a chart as wide as the text has there (its words the same
 * size), at the top left of the margins; a chart wider than the margins
 * is made smaller to fit them. On A4 a chart as wide as the text is 644
 * pixels drawn on 507.276 points (the text's 483.276 and the chart's own
 * padding of 12 either side, out in the margin of 56): 44 from the page's
 * left and top. */
static void
test_export_page_size (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-export-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "page.pdf", NULL);
  g_autofree char *arg = g_strconcat ("--output=", pdf, NULL);
  const char *info_argv[] = { "pdfinfo", pdf, NULL };
  const double scale = 507.276 / 644;
  Extent whole, narrow, sized, wide;

  if (!have_program ("pdftotext") || !have_program ("pdfinfo"))
    {
      g_test_skip ("poppler-utils are not installed: the page not read");
      return;
    }

  {
    g_auto(Run) r = { 0 };

    run (&r, "--export-chart=trust-survey", arg, "--paper=a4", NULL);
    g_assert_cmpint (r.status, ==, 0);
    whole = words_extent (pdf);
  }
  {
    g_auto(Run) r = { 0 };
    g_autofree char *info = NULL;

    run (&r, "--export-chart=trust-survey", arg, "--paper=a4", "--width=400", "--height=300",
         NULL);
    g_assert_cmpint (r.status, ==, 0);
    info = poppler (info_argv);
    g_assert_nonnull (strstr (info, "595.276 x 841.89 pts (A4)"));
    narrow = words_extent (pdf);
  }
  {
    g_auto(Run) r = { 0 };

    run (&r, "--export-chart=trust-survey", arg, "--paper=a4", "--width=400", NULL);
    g_assert_cmpint (r.status, ==, 0);
    sized = words_extent (pdf);
  }
  {
    g_auto(Run) r = { 0 };

    run (&r, "--export-chart=trust-survey", arg, "--paper=a4", "--width=2000", NULL);
    g_assert_cmpint (r.status, ==, 0);
    wide = words_extent (pdf);
  }
  g_test_message ("words end at %.1f × %.1f (as wide as the text), %.1f × %.1f (400 × 300), "
                  "%.1f × %.1f (400 wide), %.1f × %.1f (2000 wide); the title's first word "
                  "%.2f, %.2f, %.2f and %.2f high", whole.right, whole.bottom, narrow.right,
                  narrow.bottom, sized.right, sized.bottom, wide.right, wide.bottom,
                  whole.first_height, narrow.first_height, sized.first_height,
                  wide.first_height);

  /* As wide as the text: its source line reaches past two thirds of it. */
  g_assert_cmpfloat (whole.right, >, 56 + 483.276 * 2 / 3);
  g_assert_cmpfloat (whole.right, <=, 595.276 - 56 + 0.5);
  /* 400 × 300: within 44 + 400 × scale by 44 + 300 × scale (its texts
   * smaller, as on any chart of a height fixed short). */
  g_assert_cmpfloat (narrow.right, <=, 44 + 400 * scale + 0.5);
  g_assert_cmpfloat (narrow.bottom, <=, 44 + 300 * scale + 0.5);
  g_assert_cmpfloat (narrow.right, <, whole.right - 100);
  /* 400 wide, its height free: as narrow, taller, its words the size they
   * have on a chart as wide as the text. */
  g_assert_cmpfloat (sized.right, <=, 44 + 400 * scale + 0.5);
  g_assert_cmpfloat (sized.bottom, >, narrow.bottom);
  g_assert_cmpfloat_with_epsilon (sized.first_height, whole.first_height, 0.01);
  /* 2000 wide: made smaller, within the margins still. */
  g_assert_cmpfloat (wide.right, <=, 595.276 - 56 + 12 + 0.5);
  g_assert_cmpfloat (wide.first_height, <, whole.first_height * 0.5);

  g_unlink (pdf);
  g_rmdir (dir);
}

/* The largest size at the largest scale would take gigabytes: refused at
 * once, before any memory is taken, and nothing is written. */
static void
test_export_too_large (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.png", NULL);
  g_autofree char *output = g_strconcat ("--output=", path, NULL);
  g_auto(Run) r = { 0 };

  run (&r, "--export-chart=trust-survey", output, "--width=8000", "--height=8000", "--scale=4",
       NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "32000 × 32000"));
  g_assert_nonnull (strstr (r.err, "memory"));
  g_assert_cmpuint (count_files (dir), ==, 0);

  g_rmdir (dir);
}

/* An export over a file keeps the file's permissions. */
static void
test_export_keeps_mode (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *output = g_strconcat ("--output=", path, NULL);
  g_auto(Run) r = { 0 };
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "private", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);

  run (&r, "--export-chart=trust-survey", output, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  g_assert_cmpint (st.st_size, >, 1000);

  g_unlink (path);
  g_rmdir (dir);
}

/* --help and the messages in the reader's language; English without a
 * translation. */
static void
test_translated (void)
{
  const struct { const char *language, *help, *valid, *problem; } cases[] = {
    { "es", "Comprobar el modelo de hechos", "modelo incorporado: modelo de hechos válido: 8 eventos",
      "La fecha «2017-13-01» no existe" },
    { "pl", "Sprawdź model faktów", "model wbudowany: poprawny model faktów: 8 wydarzeń",
      "Data „2017-13-01” nie istnieje" },
    { "de", "Check the fact model", "built-in model: valid fact model: 8 events",
      "The date “2017-13-01” does not exist" },
  };
  g_autofree char *bad = fixture ("bad", "several-problems.json");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) help = { 0 };
      g_auto(Run) valid = { 0 };
      g_auto(Run) invalid = { 0 };

      run_language = cases[i].language;
      run (&help, "--help", NULL);
      run (&valid, "--validate", NULL);
      run (&invalid, "--validate", bad, NULL);
      run_language = "en";

      g_assert_nonnull (strstr (help.out, cases[i].help));
      g_assert_true (g_str_has_prefix (valid.out, cases[i].valid));
      g_assert_nonnull (strstr (invalid.err, cases[i].problem));
      /* The place is the same in every language. */
      g_assert_nonnull (strstr (invalid.err, ":24:7: $.events[0].date: "));
    }
}

/* Whether this machine lets an unprivileged process mount in a namespace
 * of its own (unshare -rm): where a read-only folder can be made for root. */
static gboolean
can_unshare (void)
{
  const char *argv[] = { "unshare", "-rm", "true", NULL };
  int status = -1;

  return have_program ("unshare") &&
         g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                       G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                       NULL, NULL, NULL, NULL, &status, NULL) &&
         g_spawn_check_wait_status (status, NULL);
}

/* A folder one may not write in: a clear message and nothing written, for
 * a chart and a fact sheet. Permissions do not stop root, which is how CI
 * runs: there the folder is made read-only by a bind mount in a namespace
 * of the test's own (unshare), which stops root too. */
static void
test_export_read_only (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *sheet = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *output = g_strconcat ("--output=", path, NULL);
  g_autofree char *sheet_output = g_strconcat ("--output=", sheet, NULL);
  const char *mount_read_only[] = {
    "unshare", "-rm", "sh", "-c",
    "mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\" && exec \"$@\"",
    dir, NULL
  };
  const char *reason = "Permission denied";
  g_auto(Run) r = { 0 };
  g_auto(Run) s = { 0 };

  if (geteuid () == 0)
    {
      /* Not a skip: as root this is the only way the test runs at all. */
      if (!can_unshare ())
        g_error ("root writes in read-only folders, and no mount namespace can be made here");
      run_prefix = mount_read_only;
      reason = "Read-only file system";
    }
  else
    g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  run (&r, "--export-chart=trust-survey", output, NULL);
  run (&s, "--export-sheet", sheet_output, NULL);
  run_prefix = NULL;
  g_chmod (dir, 0700);

  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "Could not write"));
  g_assert_nonnull (strstr (r.err, reason));
  g_assert_cmpint (s.status, ==, 1);
  g_assert_nonnull (strstr (s.err, reason));
  g_assert_cmpuint (count_files (dir), ==, 0);
  g_rmdir (dir);
}

/* Standard output closed (>&-) or failing (/dev/full): every mode that
 * prints its result says so on standard error and exits 1, rather than
 * leave the caller with nothing and a success. */
static void
test_stdout_failing (void)
{
  const char *closed[] = { "sh", "-c", "exec \"$0\" \"$@\" >&-", NULL };
  const char *full[] = { "sh", "-c", "exec \"$0\" \"$@\" >/dev/full", NULL };
  const char * const *ways[] = { closed, full };
  const char *modes[][4] = {
    { "--validate", NULL },
    { "--validate", "--json", NULL },
    { "--list-charts", NULL },
    { "--export-chart=trust-survey", "--output=-", NULL },
    { "--export-sheet", "--output=-", NULL },
    { "--version", NULL },
  };

  for (guint w = 0; w < G_N_ELEMENTS (ways); w++)
    {
      if (ways[w] == full && g_access ("/dev/full", W_OK) != 0)
        {
          g_test_message ("/dev/full cannot be written here");
          continue;
        }
      for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
        {
          g_auto(Run) r = { 0 };

          run_prefix = ways[w];
          run (&r, modes[m][0], modes[m][1], NULL);
          run_prefix = NULL;
          g_assert_cmpint (r.status, ==, 1);
          g_assert_nonnull (strstr (r.err, "Could not write “standard output”: "));
          g_assert_nonnull (strstr (r.err, ways[w] == full ? "No space left on device"
                                                          : "Bad file descriptor"));
        }
    }
}

/* --output=/dev/stdout is standard output as it is: a pipe is written
 * (there is no file of that name to replace), and a file it is redirected
 * to is written in place, the same file, appended to with >>. */
static void
test_export_dev_stdout (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.png", NULL);
  g_autofree char *append = g_strdup_printf ("exec \"$0\" \"$@\" >>'%s'", path);
  const char *redirect[] = { "sh", "-c", append, NULL };
  g_autofree char *data = NULL;
  g_autoptr(GBytes) piped = NULL;
  GStatBuf before, after;
  gsize length;
  int status;
  g_auto(Run) r = { 0 };

  piped = run_bytes (&status, "--export-chart=trust-survey", "--output=/dev/stdout",
                     "--format=png", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (has_magic (g_bytes_get_data (piped, NULL), g_bytes_get_size (piped), "png"));

  g_assert_true (g_file_set_contents (path, "log:", -1, NULL));
  g_assert_cmpint (g_stat (path, &before), ==, 0);
  run_prefix = redirect;
  run (&r, "--export-chart=trust-survey", "--output=/dev/stdout", "--format=png", NULL);
  run_prefix = NULL;
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpint (after.st_ino, ==, before.st_ino);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpuint (length, ==, 4 + g_bytes_get_size (piped));
  g_assert_true (g_str_has_prefix (data, "log:"));
  g_assert_true (has_magic (data + 4, length - 4, "png"));

  g_unlink (path);
  g_rmdir (dir);
}

/* --validate --json is UTF-8 JSON whatever it is given: a file name that
 * is not UTF-8 comes escaped, byte for byte, and in the C locale the
 * messages keep their “quotes” (JSON is UTF-8, whatever the locale). */
static void
test_validate_json_any_input (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-json-XXXXXX", NULL);
  g_autofree char *bad = fixture ("bad", "several-problems.json");
  g_autofree char *path = g_build_filename (dir, "b\xff\x01.json", NULL);
  g_autofree char *text = NULL;
  g_autofree char *expected = g_build_filename (dir, "b\\xFF\x01.json", NULL);
  const char *c_locale[] = { "env", "LC_ALL=C", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *object, *problem;
  g_auto(Run) r = { 0 };

  g_assert_true (g_file_get_contents (bad, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (path, text, -1, NULL));

  run_prefix = c_locale;
  run (&r, "--validate", "--json", path, NULL);
  run_prefix = NULL;
  g_assert_cmpint (r.status, ==, 1);
  g_assert_true (g_utf8_validate (r.out, -1, NULL));
  json_parser_load_from_data (parser, r.out, -1, &error);
  g_assert_no_error (error);
  object = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (object, "file"), ==, expected);
  problem = json_array_get_object_element (json_object_get_array_member (object, "problems"), 0);
  g_assert_cmpstr (json_object_get_string_member (problem, "message"), ==,
                   "The date “2017-13-01” does not exist");

  g_unlink (path);
  g_rmdir (dir);
}

/* What the user typed is quoted with its control characters escaped, as
 * model text is: an option's value, an output's name. */
static void
test_messages_escape_user (void)
{
  g_auto(Run) width = { 0 };
  g_auto(Run) output = { 0 };
  g_auto(Run) language = { 0 };

  run (&width, "--export-chart=trust-survey", "--output=x.png", "--width=1\x1b[31m", NULL);
  g_assert_cmpint (width.status, ==, 1);
  g_assert_null (strchr (width.err, '\x1b'));
  g_assert_nonnull (strstr (width.err, "“1\\u001B[31m”"));

  run (&output, "--export-chart=trust-survey", "--output=/nonexistent\x1b]0;x\x07/b.png", NULL);
  g_assert_cmpint (output.status, ==, 1);
  g_assert_null (strchr (output.err, '\x1b'));
  g_assert_nonnull (strstr (output.err, "“/nonexistent\\u001B]0;x\\u0007/b.png”"));

  run (&language, "--export-chart=trust-survey", "--output=x.png", "--language=e\ns", NULL);
  g_assert_cmpint (language.status, ==, 1);
  g_assert_nonnull (strstr (language.err, "“e\\u000As”"));

  /* A 12 KB --language, chart id and --width are quoted by their ends:
   * 64 characters each, not a 12 KB line. */
  {
    g_autofree char *long_tag = g_strnfill (12000, 'x');
    g_autofree char *tag_option = g_strconcat ("--language=", long_tag, NULL);
    g_autofree char *chart_option = g_strconcat ("--export-chart=", long_tag, NULL);
    g_autofree char *width_option = g_strconcat ("--width=", long_tag, NULL);
    const char *options[][2] = {
      { "--export-chart=trust-survey", tag_option },
      { chart_option, "--language=en" },
      { "--export-chart=trust-survey", width_option },
    };

    for (guint i = 0; i < G_N_ELEMENTS (options); i++)
      {
        g_auto(Run) long_run = { 0 };

        run (&long_run, options[i][0], options[i][1], "--output=x.png", NULL);
        g_assert_cmpint (long_run.status, ==, 1);
        g_test_message ("%s", long_run.err);
        g_assert_cmpuint (strlen (long_run.err), <, 300);
        g_assert_nonnull (strstr (long_run.err, "x…x"));
      }
  }
}

/* The blue of the bars (#1c71d8), not the grey of text or grid. */
static gboolean
is_accent (guint32 argb)
{
  return ((argb >> 16) & 0xff) < 0x40 && (argb & 0xff) > 0xc0 && ((argb >> 8) & 0xff) > 0x60 &&
         ((argb >> 8) & 0xff) < 0x80;
}

/* Charts are drawn with the model's texts in the reader's language: the
 * titles --list-charts gives, and the exported image's title. */
static void
test_chart_language (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-export-XXXXXX", NULL);
  g_autofree char *en_path = g_build_filename (dir, "en.png", NULL);
  g_autofree char *es_path = g_build_filename (dir, "es.png", NULL);
  g_autofree char *en_output = g_strconcat ("--output=", en_path, NULL);
  g_autofree char *es_output = g_strconcat ("--output=", es_path, NULL);
  g_auto(Run) list = { 0 };
  g_auto(Run) en = { 0 };
  g_auto(Run) es = { 0 };
  cairo_surface_t *a, *b;
  guint title_differs = 0, bars_same = 0, bars = 0;
  int bar_y = 60;

  run_language = "es";
  run (&list, "--list-charts", NULL);
  run (&es, "--export-chart=trust-survey", es_output, NULL);
  run_language = "en";
  run (&en, "--export-chart=trust-survey", en_output, NULL);

  g_assert_nonnull (strstr (list.out, "trust-survey\tMiedo a llamar a la policía\n"));
  g_assert_cmpint (es.status, ==, 0);
  g_assert_cmpint (en.status, ==, 0);

  /* The title row differs; the bars, drawn from the same numbers, do not. */
  a = cairo_image_surface_create_from_png (en_path);
  b = cairo_image_surface_create_from_png (es_path);
  for (int y = 16; y < 36; y++)
    title_differs += memcmp (cairo_image_surface_get_data (a) + y * cairo_image_surface_get_stride (a),
                             cairo_image_surface_get_data (b) + y * cairo_image_surface_get_stride (b),
                             cairo_image_surface_get_stride (a)) != 0;
  /* A row through the first bar: where the accent colour starts at the
   * left edge of the plot. */
  while (bar_y < cairo_image_surface_get_height (a) &&
         !is_accent (((guint32 *) (cairo_image_surface_get_data (a) +
                                   bar_y * cairo_image_surface_get_stride (a)))[20]))
    bar_y++;
  g_assert_cmpint (bar_y, <, cairo_image_surface_get_height (a));
  bar_y += 3;
  for (int x = 17; x < 400; x++)
    {
      int y = bar_y;
      guint32 pa = ((guint32 *) (cairo_image_surface_get_data (a) + y * cairo_image_surface_get_stride (a)))[x];
      guint32 pb = ((guint32 *) (cairo_image_surface_get_data (b) + y * cairo_image_surface_get_stride (b)))[x];

      bars++;
      bars_same += pa == pb;
    }
  g_assert_cmpuint (title_differs, >, 5);
  g_assert_cmpuint (bars_same, ==, bars);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);

  g_unlink (en_path);
  g_unlink (es_path);
  g_rmdir (dir);
}

/* RFC 4180 read strictly, as a spreadsheet would: UTF-8 without a byte
 * order mark; every record, the last too, ends in CRLF; a field is quoted,
 * or holds no quote, comma or line break; "" in a quoted field is one
 * quote. Any fault fails the test. */
static GPtrArray *
parse_csv (const char *text,
           gsize       length)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *p = text, *end = text + length;

  g_assert_true (g_utf8_validate (text, length, NULL));
  g_assert_false (length >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0);
  while (p < end)
    {
      GPtrArray *fields = g_ptr_array_new ();

      for (;;)
        {
          GString *field = g_string_new (NULL);

          if (p < end && *p == '"')
            for (p++;; p++)
              {
                g_assert_true (p < end);
                if (*p == '"' && p + 1 < end && p[1] == '"')
                  p++;
                else if (*p == '"')
                  {
                    p++;
                    break;
                  }
                g_string_append_c (field, *p);
              }
          else
            for (; p < end && *p != ',' && *p != '\r' && *p != '\n'; p++)
              {
                g_assert_cmpint (*p, !=, '"');
                g_string_append_c (field, *p);
              }
          g_ptr_array_add (fields, g_string_free (field, FALSE));
          g_assert_true (p < end);
          if (*p == ',')
            {
              p++;
              continue;
            }
          g_assert_true (end - p >= 2 && p[0] == '\r' && p[1] == '\n');
          p += 2;
          break;
        }
      g_ptr_array_add (fields, NULL);
      g_ptr_array_add (rows, g_ptr_array_free (fields, FALSE));
    }
  return rows;
}

static JsonObject *
member_by_id (JsonObject *root,
              const char *kind,
              const char *id)
{
  JsonArray *array = json_object_get_array_member (root, kind);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_str_equal (json_object_get_string_member (object, "id"), id))
        return object;
    }
  g_assert_not_reached ();
}

/* A model text in English: a string is the same in every language. */
static const char *
text_en (JsonObject *object,
         const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (JSON_NODE_HOLDS_VALUE (node))
    return json_node_get_string (node);
  return json_object_get_string_member (json_node_get_object (node), "en");
}

/* A date as the model gives it, cut to its precision: "2007-12". */
static char *
model_date (JsonObject *object,
            const char *date_member,
            const char *precision_member)
{
  const char *date = json_object_get_string_member_with_default (object, date_member, "");
  const char *precision = json_object_get_string_member_with_default (object, precision_member,
                                                                      NULL);
  gsize length = strlen (date);

  if (g_strcmp0 (precision, "year") == 0)
    length = MIN (length, 4);
  else if (g_strcmp0 (precision, "month") == 0)
    length = MIN (length, 7);
  return g_strndup (date, length);
}

/* The ids a chart of the model shows: its figures, its lanes' events, its
 * events, or every event (docs/fact-model.md). */
static GHashTable *
chart_mark_ids (JsonObject *root,
                JsonObject *chart)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *data = json_object_has_member (chart, "data")
                     ? json_object_get_object_member (chart, "data") : NULL;
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();

  if (data != NULL && json_object_has_member (data, "figures"))
    g_ptr_array_add (lists, json_object_get_array_member (data, "figures"));
  else if (data != NULL && json_object_has_member (data, "lanes"))
    {
      JsonArray *lanes = json_object_get_array_member (data, "lanes");

      for (guint l = 0; l < json_array_get_length (lanes); l++)
        g_ptr_array_add (lists, json_object_get_array_member (
                                  json_array_get_object_element (lanes, l), "events"));
    }
  else if (data != NULL && json_object_has_member (data, "events"))
    g_ptr_array_add (lists, json_object_get_array_member (data, "events"));
  else
    {
      JsonArray *events = json_object_get_array_member (root, "events");

      for (guint i = 0; i < json_array_get_length (events); i++)
        g_hash_table_add (ids, (gpointer) json_object_get_string_member (
                                 json_array_get_object_element (events, i), "id"));
    }
  for (guint k = 0; k < lists->len; k++)
    for (guint i = 0; i < json_array_get_length (lists->pdata[k]); i++)
      g_hash_table_add (ids, (gpointer) json_array_get_string_element (lists->pdata[k], i));
  return ids;
}

/* --export-chart=ID --format=csv: for each chart of a model, the header
 * and one row per mark, each row's date, end, label, value, unit and
 * sources as the model has them. */
static void
check_csv_charts (const char *model_path,
                  JsonObject *root,
                  const char *dir)
{
  static const char * const header[] = { "id", "date", "end_date", "label", "value",
                                         "qualifier", "unit", "lane", "source", "placed",
                                         "approximate", NULL };
  JsonArray *charts = json_object_get_array_member (root, "charts");

  g_assert_cmpuint (json_array_get_length (charts), >=, 3);
  for (guint c = 0; c < json_array_get_length (charts); c++)
    {
      JsonObject *chart = json_array_get_object_element (charts, c);
      const char *id = json_object_get_string_member (chart, "id");
      gboolean bar = g_str_equal (json_object_get_string_member (chart, "type"), "bar");
      g_autoptr(GHashTable) ids = chart_mark_ids (root, chart);
      g_autofree char *chart_arg = g_strconcat ("--export-chart=", id, NULL);
      g_autofree char *name = g_strconcat (id, c % 2 == 0 ? ".csv" : ".data", NULL);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *output = g_strconcat ("--output=", path, NULL);
      g_autofree char *text = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      g_auto(Run) r = { 0 };
      gsize length;

      /* By the extension, or by --format whatever the name. */
      if (c % 2 == 0)
        run (&r, chart_arg, output, model_path, NULL);
      else
        run (&r, chart_arg, output, "--format=CSV", model_path, NULL);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_cmpstr (r.err, ==, "");
      g_assert_true (g_file_get_contents (path, &text, &length, NULL));
      rows = parse_csv (text, length);

      g_assert_cmpuint (g_hash_table_size (ids), >, 0);
      g_assert_cmpuint (rows->len, ==, 1 + g_hash_table_size (ids));
      g_assert_cmpstrv (rows->pdata[0], header);
      for (guint i = 1; i < rows->len; i++)
        {
          char **row = rows->pdata[i];
          JsonObject *fact = member_by_id (root, bar ? "figures" : "events", row[0]);
          g_autofree char *date = model_date (fact, "date", "precision");
          g_autofree char *end = model_date (fact, "end_date", "end_precision");
          JsonObject *reference = json_array_get_object_element (
            json_object_get_array_member (fact, "references"), 0);

          g_assert_cmpuint (g_strv_length (row), ==, 11);
          /* Only an event the story gives no date has a place in words. */
          if (bar || json_object_has_member (fact, "date"))
            g_assert_cmpstr (row[9], ==, "");
          else
            g_assert_cmpstr (row[9], !=, "");
          /* An event dated roughly says so. */
          g_assert_cmpstr (row[10], ==, !bar && json_object_get_boolean_member_with_default (
                                          fact, "approximate", FALSE) ? "true" : "");
          g_assert_true (g_hash_table_remove (ids, row[0]));
          g_assert_cmpstr (row[1], ==, date);
          g_assert_cmpstr (row[2], ==, end);
          g_assert_cmpstr (row[3], ==, text_en (fact, bar ? "label" : "title"));
          if (bar)
            {
              g_assert_cmpfloat (g_ascii_strtod (row[4], NULL), ==,
                                 json_object_get_double_member (fact, "value"));
              g_assert_cmpstr (row[5], ==, json_object_get_string_member_with_default (
                                             fact, "qualifier", ""));
              g_assert_cmpstr (row[6], ==, json_object_get_string_member (fact, "unit"));
            }
          else
            {
              g_assert_cmpstr (row[4], ==, "");
              g_assert_cmpstr (row[5], ==, "");
              g_assert_cmpstr (row[6], ==, "");
            }
          g_assert_true (g_str_has_prefix (row[8],
                                           json_object_get_string_member (reference, "source")));
        }
      g_assert_cmpuint (g_hash_table_size (ids), ==, 0);
      g_unlink (path);
    }
}

/* A qualified number leaves with its qualifier, in a column of its own;
 * an event without a date with its date blank and its place in words. */
static void
test_export_csv_qualifier (void)
{
  g_autofree char *model = g_test_build_filename (G_TEST_DIST, "fixtures", "good",
                                                  "settlement.json", NULL);
  g_auto(Run) money = { 0 };
  g_auto(Run) timeline = { 0 };

  run (&money, "--export-chart=money", "--format=csv", model, NULL);
  g_assert_cmpint (money.status, ==, 0);
  g_assert_cmpstr (money.out, ==,
                   "id,date,end_date,label,value,qualifier,unit,lane,source,placed,approximate\r\n"
                   "fig-total,,,Paid by the state,626000000,at_least,USD,,story ¶1,,\r\n"
                   "fig-fees,,,Lawyers' fees,200000000,up_to,USD,,story ¶10,,\r\n");

  run (&timeline, "--export-chart=timeline", "--format=csv", model, NULL);
  g_assert_cmpint (timeline.status, ==, 0);
  /* Its date blank, its place in words a spreadsheet shows as they are. */
  g_assert_nonnull (strstr (timeline.out,
                            "\r\nev-talks,,,Talks begin in private,,,,,story ¶5,after ev-suit,\r\n"));
  g_assert_nonnull (strstr (timeline.out,
                            "\r\nev-draft,,,A draft settlement is shared with the court,,,,,"
                            "story ¶5,between ev-talks and ev-approval,\r\n"));
  /* A dated event has no place in words, even with an "after". */
  g_assert_nonnull (strstr (timeline.out, ",The court approves the settlement,,,,,"
                                          "order; story ¶3,,\r\n"));
  /* Before the first dated event: listed, not drawn, not in the data. */
  g_assert_null (strstr (timeline.out, "ev-notice"));
}

static void
test_export_csv (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-csv-XXXXXX", NULL);
  g_autofree char *builtin = g_test_build_filename (G_TEST_DIST, "..", "data", "models",
                                                    "chicago-sanctuary.json", NULL);
  g_autofree char *changed = g_build_filename (dir, "changed.json", NULL);
  g_autofree char *path = g_build_filename (dir, "survey.csv", NULL);
  g_autofree char *output = g_strconcat ("--output=", path, NULL);
  g_autofree char *text = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  JsonObject *root, *figure, *event;
  g_auto(Run) file = { 0 };
  g_auto(Run) out = { 0 };
  gsize length;

  g_assert_true (json_parser_load_from_file (parser, builtin, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  check_csv_charts (builtin, root, dir);

  /* Without --output, to standard output, the same bytes as to a file. */
  run (&file, "--export-chart=trust-survey", output, "--format=csv", NULL);
  run (&out, "--export-chart=trust-survey", "--format=csv", NULL);
  g_assert_cmpint (out.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  g_assert_cmpstr (out.out, ==, text);

  /* A label with quotes and a comma, and a period with its end: the model
   * changed, and every chart read again. */
  figure = member_by_id (root, "figures", "fig-latinos-hesitant");
  json_object_set_string_member (json_object_get_object_member (figure, "label"), "en",
                                 "All \"Latinos\", all");
  event = member_by_id (root, "events", "ev-287g-until-2012");
  g_assert_cmpstr (json_object_get_string_member (event, "precision"), ==, "year");
  json_object_set_string_member (event, "end_date", "2014");
  json_object_set_string_member (event, "end_precision", "year");
  {
    g_autoptr(JsonGenerator) generator = json_generator_new ();

    json_generator_set_root (generator, json_parser_get_root (parser));
    g_assert_true (json_generator_to_file (generator, changed, &error));
    g_assert_no_error (error);
  }
  check_csv_charts (changed, root, dir);
  g_clear_pointer (&text, g_free);
  {
    g_auto(Run) r = { 0 };
    g_autofree char *quoted = NULL;

    run (&r, "--export-chart=trust-survey", "--format=csv", changed, NULL);
    g_assert_cmpint (r.status, ==, 0);
    rows = parse_csv (r.out, strlen (r.out));
    g_assert_cmpstr (((char **) rows->pdata[1])[3], ==, "All \"Latinos\", all");
    /* As RFC 4180 writes it: quoted, the quotes doubled. */
    g_assert_nonnull (strstr (r.out, ",\"All \"\"Latinos\"\", all\","));
  }

  /* Never over the model it is made from. */
  {
    g_autofree char *over = g_strconcat ("--output=", changed, NULL);
    g_autofree char *before = NULL, *after = NULL;
    g_auto(Run) r = { 0 };

    g_assert_true (g_file_get_contents (changed, &before, NULL, NULL));
    run (&r, "--export-chart=trust-survey", over, "--format=csv", changed, NULL);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_true (g_file_get_contents (changed, &after, NULL, NULL));
    g_assert_cmpstr (after, ==, before);
  }

  g_unlink (changed);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/validate/builtin", test_validate_builtin);
  g_test_add_func ("/cli/export/left-out", test_export_left_out);
  g_test_add_func ("/cli/validate/good", test_validate_good);
  g_test_add_func ("/cli/validate/bad", test_validate_bad);
  g_test_add_func ("/cli/validate/syntax", test_validate_syntax);
  g_test_add_func ("/cli/validate/several-files", test_validate_several_files);
  g_test_add_func ("/cli/validate/translation-gaps", test_validate_translation_gaps);
  g_test_add_func ("/cli/validate/missing", test_validate_missing);
  g_test_add_func ("/cli/validate/large-reports", test_validate_large_reports);
  g_test_add_func ("/cli/list-charts", test_list_charts);
  g_test_add_func ("/cli/terminal-escapes", test_terminal_escapes);
  g_test_add_func ("/cli/export", test_export);
  g_test_add_func ("/cli/export/bad-arguments", test_export_bad_arguments);
  g_test_add_func ("/cli/export/time-range", test_export_time_range);
  g_test_add_func ("/cli/export/vector", test_export_vector);
  g_test_add_func ("/cli/export/page", test_export_page);
  g_test_add_func ("/cli/export/page-size", test_export_page_size);
  g_test_add_func ("/cli/export/csv", test_export_csv);
  g_test_add_func ("/cli/export/csv-qualifier", test_export_csv_qualifier);
  g_test_add_func ("/cli/validate/json", test_validate_json);
  g_test_add_func ("/cli/export/keeps-mode", test_export_keeps_mode);
  g_test_add_func ("/cli/export/keeps-file", test_export_full_disk_each_format);
  g_test_add_func ("/cli/export/through-symlink", test_export_through_symlink);
  g_test_add_func ("/cli/export/stdout", test_export_stdout);
  g_test_add_func ("/cli/export/special-files", test_export_special_files);
  g_test_add_func ("/cli/export-sheet", test_export_sheet);
  g_test_add_func ("/cli/export/too-large", test_export_too_large);
  g_test_add_func ("/cli/export/read-only-folder", test_export_read_only);
  g_test_add_func ("/cli/export/sheet-keeps-file", test_export_sheet_full_disk);
  g_test_add_func ("/cli/export/own-input", test_export_own_input);
  g_test_add_func ("/cli/export/long-name", test_export_long_name);
  g_test_add_func ("/cli/export/dev-stdout", test_export_dev_stdout);
  g_test_add_func ("/cli/stdout-failing", test_stdout_failing);
  g_test_add_func ("/cli/validate/json-any-input", test_validate_json_any_input);
  g_test_add_func ("/cli/messages-escape-user", test_messages_escape_user);
  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/bad-option", test_bad_option);
  g_test_add_func ("/cli/translated", test_translated);
  g_test_add_func ("/cli/chart-language", test_chart_language);

  return g_test_run ();
}
