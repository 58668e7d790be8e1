/* fv-language.h — language tags, and the languages a reader reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The longest language tag a model may use: RFC 5646's 35 characters. */
#define FV_LANGUAGE_TAG_MAX 35
/* The longest locale name ("ca_ES.UTF-8@valencia") a reader's list holds. */
#define FV_LANGUAGE_NAME_MAX 64
/* How many languages a reader's list (LANGUAGE) holds. */
#define FV_LANGUAGES_MAX 32

guint     fv_language_hash         (gconstpointer       tag);
gboolean  fv_language_equal        (gconstpointer       a,
                                    gconstpointer       b);
gboolean  fv_language_tag_is_valid (const char         *tag);
char     *fv_language_normalize    (const char         *tag);
char    **fv_languages_new         (const char * const *languages);
char     *fv_language_list_bound   (const char         *value);
const char *fv_language_quotation_gap (const char       *tag);

G_END_DECLS
