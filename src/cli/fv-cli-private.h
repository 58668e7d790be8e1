/* fv-cli-private.h — what the command line's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-model.h"
#include "fv-source-text.h"

G_BEGIN_DECLS

/* A source's text, as --source-text gave it. */
typedef struct
{
  const FvSource *source;
  const char     *file;  /* as the command line gave it */
  FvSourceText   *text;
} FvCliSourceText;

FvModel    *fv_cli_load_model         (const char * const *args);
GArray     *fv_cli_read_source_texts  (FvModel            *model,
                                       const char * const *source_texts);
GHashTable *fv_cli_source_texts_by_id (GArray             *given);

G_END_DECLS
