/* fv-language.h — language tags, and the languages a reader reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

guint     fv_language_hash         (gconstpointer       tag);
gboolean  fv_language_equal        (gconstpointer       a,
                                    gconstpointer       b);
gboolean  fv_language_tag_is_valid (const char         *tag);
char     *fv_language_normalize    (const char         *tag);
char    **fv_languages_new         (const char * const *languages);

G_END_DECLS
