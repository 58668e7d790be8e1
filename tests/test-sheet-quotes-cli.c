/* test-sheet-quotes-cli.c — fact-viewer --export-sheet --source-text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sheet written by the command line with the article as the text of
 * the built-in model's story source carries the file's SHA-256 and the
 * checker's count, read back with pdftotext; a text that cannot be read
 * gives --check-quotes' message and exit status 2, and no sheet.
 */
#include "config.h"

#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "fv-test-run.h"
#include "fv-test-sheet-quotes.h"

/* fact-viewer's exit status and standard error, in ERR: it writes
 * nothing to standard output. */
#define run(err, ...)                                                  \
  ({                                                                   \
    g_autofree char *out_ = NULL;                                      \
    int status_ = fv_test_run (&out_, (err), __VA_ARGS__);             \
                                                                       \
    g_assert_cmpstr (out_, ==, "");                                    \
    status_;                                                           \
  })

static void
test_cli (void)
{
  g_autoptr(GBytes) bytes = article_bytes ();
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  g_autoptr(FvSourceText) text = NULL;
  g_autofree char *pdf = g_build_filename (tmp_dir, "cli.pdf", NULL);
  g_autofree char *output = g_strconcat ("--output=", pdf, NULL);
  g_autofree char *option = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *out = NULL;
  g_autofree char *squeezed = NULL;
  g_autofree char *err = NULL;
  int status;

  if (bytes == NULL || !have_pdftotext ())
    return;

  text = source_text_new (bytes);
  expected = expected_line (bytes, model, text, NULL);
  option = g_strdup_printf ("--source-text=%s=%s", story_source (model)->id,
                            g_getenv ("FV_SEED_ARTICLE"));
  status = run (&err, "--export-sheet", output, option, NULL);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  out = pdf_text (pdf);
  g_unlink (pdf);
  squeezed = squeeze (out);
  g_assert_nonnull (strstr (squeezed, expected));
}

/* A text that cannot be read: --check-quotes' message and exit status,
 * and no sheet, nor the one that was there touched. */
static void
test_cli_unreadable (void)
{
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  const char *id = story_source (model)->id;
  g_autofree char *pdf = g_build_filename (tmp_dir, "unread.pdf", NULL);
  g_autofree char *output = g_strconcat ("--output=", pdf, NULL);
  g_autofree char *missing = g_build_filename (tmp_dir, "missing.txt", NULL);
  g_autoptr(GBytes) latin1_bytes = g_bytes_new_static ("Caf\xe9 au lait\n", 13);
  g_autofree char *latin1 = write_file ("latin1.txt", latin1_bytes);
  g_autofree char *option = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  option = g_strdup_printf ("--source-text=%s=%s", id, missing);
  status = run (&err, "--export-sheet", output, option, NULL);
  g_assert_cmpint (status, ==, 2);
  expected = g_strdup_printf ("%s: cannot read the text of source “%s”: ", missing, id);
  g_assert_true (g_str_has_prefix (err, expected));
  g_assert_nonnull (strstr (err, "No such file or directory"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_clear_pointer (&option, g_free);
  g_clear_pointer (&expected, g_free);
  g_clear_pointer (&err, g_free);

  /* A sheet already there stays as it was. */
  g_file_set_contents (pdf, "the sheet before", -1, &error);
  g_assert_no_error (error);
  option = g_strdup_printf ("--source-text=%s=%s", id, latin1);
  status = run (&err, "--export-sheet", output, option, NULL);
  g_assert_cmpint (status, ==, 2);
  expected = g_strdup_printf ("%s: cannot read the text of source “%s”: The text is not UTF-8 "
                              "(byte 4)\n", latin1, id);
  g_assert_cmpstr (err, ==, expected);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "the sheet before");
  g_clear_pointer (&err, g_free);

  /* A source the model does not have. */
  status = run (&err, "--export-sheet", output, "--source-text=no-such-source=/dev/null", NULL);
  g_assert_cmpint (status, ==, 2);
  g_assert_cmpstr (err, ==, "--source-text: the model has no source “no-such-source”\n");

  g_unlink (pdf);
  g_unlink (latin1);
}

/* A chart quotes no one: --source-text with --export-chart is refused, in
 * every format, and nothing is written. */
static void
test_cli_chart_refuses (void)
{
  static const char *formats[] = { "--format=png", "--format=csv", "--format=pdf" };
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  g_autofree char *out = g_build_filename (tmp_dir, "chart.out", NULL);
  g_autofree char *output = g_strconcat ("--output=", out, NULL);
  g_autofree char *option = g_strdup_printf ("--source-text=%s=/dev/null",
                                             story_source (model)->id);
  const FvChart *chart = fv_model_get_chart (model, 0);

  g_assert_nonnull (chart);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *chart_option = g_strconcat ("--export-chart=", chart->id, NULL);
      g_autofree char *err = NULL;
      int status = run (&err, chart_option, formats[i], output, option, NULL);

      g_assert_cmpint (status, ==, 1);
      g_assert_cmpstr (err, ==, "--source-text is for --check-quotes and --export-sheet: "
                                "--export-chart shows no quotations\n");
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }
}

/* The text quotations are checked against is an input of the sheet as
 * the model is: an --output that is that file, by the same name, a
 * symbolic link or a hard link, is refused and the text stays as it was. */
static void
test_cli_over_source_text (void)
{
  g_autoptr(GBytes) bytes = article_bytes ();
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  g_autofree char *text = NULL;
  g_autofree char *option = NULL;
  g_autofree char *soft = g_build_filename (tmp_dir, "link.pdf", NULL);
  g_autofree char *hardlink = g_build_filename (tmp_dir, "hard.pdf", NULL);
  const char *outputs[3];

  if (bytes == NULL)
    return;
  text = write_file ("article.pdf", bytes);
  g_assert_cmpint (symlink (text, soft), ==, 0);
  g_assert_cmpint (link (text, hardlink), ==, 0);
  outputs[0] = text;
  outputs[1] = soft;
  outputs[2] = hardlink;
  option = g_strdup_printf ("--source-text=%s=%s", story_source (model)->id, text);

  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    {
      g_autofree char *output = g_strconcat ("--output=", outputs[i], NULL);
      g_autofree char *name = g_filename_display_name (outputs[i]);
      g_autofree char *expected = g_strdup_printf (
        "“%s” is the text of a source whose quotations the export checks: writing there would "
        "destroy it; choose another file\n", name);
      g_autofree char *err = NULL;
      g_autofree char *after = NULL;
      gsize length;
      int status = run (&err, "--export-sheet", output, option, NULL);

      g_assert_cmpint (status, ==, 1);
      g_assert_cmpstr (err, ==, expected);
      g_assert_true (g_file_get_contents (text, &after, &length, NULL));
      g_assert_cmpmem (after, length, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    }

  g_unlink (soft);
  g_unlink (hardlink);
  g_unlink (text);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("fv-sheet-quotes-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/sheet/quotes/cli/article", test_cli);
  g_test_add_func ("/sheet/quotes/cli/unreadable", test_cli_unreadable);
  g_test_add_func ("/sheet/quotes/cli/chart-refuses", test_cli_chart_refuses);
  g_test_add_func ("/sheet/quotes/cli/over-source-text", test_cli_over_source_text);

  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_free (tmp_dir);

  return status;
}
