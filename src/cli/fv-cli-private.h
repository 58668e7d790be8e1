/* fv-cli-private.h — what the command line's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-format.h"
#include "fv-model.h"
#include "fv-source-text.h"

G_BEGIN_DECLS

/* How much of what a person gave a message quotes: a name (a chart's id, a
 * language, a format) or a file's path, as the loader's messages do
 * (docs/fact-model.md, "Sizes"). */
#define FV_CLI_NAME_SHOWN 64
#define FV_CLI_PATH_SHOWN 200

/* GIVEN as a message quotes it: control characters escaped, and at most
 * MAX_CHARS characters, its middle left out ("…"), so that a 12 KB
 * --language is not a 12 KB line. */
static inline char *
fv_cli_shown (const char *given,
              gsize       max_chars)
{
  g_autofree char *escaped = fv_text_escape_controls (given);

  return fv_text_shorten_middle (escaped, max_chars);
}

/* A source's text, as --source-text gave it or the model names it. */
typedef struct
{
  const FvSource *source;
  const char     *file;  /* as the command line gave it, or owned */
  char           *owned; /* the file the model names, by its path */
  FvSourceText   *text;
} FvCliSourceText;

FvModel    *fv_cli_load_model         (const char * const *args);
GArray     *fv_cli_read_source_texts  (FvModel            *model,
                                       const char * const *source_texts);
GHashTable *fv_cli_source_texts_by_id (GArray             *given);

G_END_DECLS
