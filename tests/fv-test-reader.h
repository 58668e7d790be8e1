/* fv-test-reader.h — the languages a test reads a model in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-model.h"

/* The reader a test reads as: languages from fv_languages_new(). */
static char **fv_test_reader;
#define READER ((const char * const *) fv_test_reader)

static inline void
read_as (const char * const *languages)
{
  g_strfreev (fv_test_reader);
  fv_test_reader = fv_languages_new (languages);
}

/* A tab's title, as the reader reads it. */
#define TAB_TITLE(model, tab) fv_model_text ((model), fv_model_get_tab_title ((model), (tab)), READER)
