/* fv-test-sheet-quotes.h — what the tests of the sheet's quotation check share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The article (FV_SEED_ARTICLE) and its SHA-256, the built-in model's
 * story source, a PDF's text read back with pdftotext, and the line the
 * sheet should carry, worked out from the checker.
 */
#pragma once

#include <string.h>

#include <glib/gstdio.h>

#include "fv-model.h"
#include "fv-quote-check.h"
#include "fv-source-text.h"

static char *tmp_dir;  /* this run's own */

static inline gboolean
have_pdftotext (void)
{
  g_autofree char *path = g_find_program_in_path ("pdftotext");

  if (path == NULL)
    g_test_skip ("pdftotext is not installed: the fact sheet's text not read");
  return path != NULL;
}

/* The article's bytes, or NULL (the test skipped) where it is not. */
static inline GBytes *
article_bytes (void)
{
  const char *path = g_getenv ("FV_SEED_ARTICLE");
  char *text = NULL;
  gsize length;

  if (path == NULL || !g_file_get_contents (path, &text, &length, NULL))
    {
      g_test_skip ("FV_SEED_ARTICLE does not name the article");
      return NULL;
    }
  return g_bytes_new_take (text, length);
}

static inline char *
sha256_of (GBytes *bytes)
{
  return g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
}

/* The source the built-in model is made from: the one whose text the
 * article is. */
static inline const FvSource *
story_source (FvModel *model)
{
  for (guint i = 0; i < fv_model_get_n_sources (model); i++)
    if (fv_model_get_source (model, i)->story)
      return fv_model_get_source (model, i);

  g_assert_not_reached ();
}

static inline FvSourceText *
source_text_new (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  FvSourceText *text = fv_source_text_new_from_bytes (bytes, FALSE, &error);

  g_assert_no_error (error);
  return text;
}

static inline char *
write_file (const char *name,
            GBytes     *bytes)
{
  char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return path;
}

static inline char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                               G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* TEXT without its white space: where the sheet breaks a line is its
 * own business. */
static inline char *
squeeze (const char *text)
{
  GString *squeezed = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (squeezed, *p);
  return g_string_free (squeezed, FALSE);
}

static inline guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *p = text; (p = strstr (p, needle)) != NULL; p += strlen (needle))
    n++;
  return n;
}

/* "Quotations checked against the text with SHA-256 …: N of M verbatim
 * in the cited paragraphs", squeezed. */
static inline char *
expected_line (GBytes       *bytes,
               FvModel      *model,
               FvSourceText *text,
               guint        *n_missed)
{
  g_autoptr(GPtrArray) checks = fv_quote_check_model (model, story_source (model), text, NULL);
  g_autofree char *sha256 = sha256_of (bytes);
  g_autofree char *line = NULL;
  guint n_verbatim = 0;

  for (guint i = 0; i < checks->len; i++)
    n_verbatim += ((FvQuoteCheck *) checks->pdata[i])->match.status == FV_QUOTE_VERBATIM;
  g_assert_cmpuint (checks->len, >, 1);
  if (n_missed != NULL)
    *n_missed = checks->len - n_verbatim;
  line = g_strdup_printf ("Quotations checked against the text with SHA-256 %s: %u of %u "
                          "verbatim in the cited paragraphs", sha256, n_verbatim, checks->len);
  return squeeze (line);
}
