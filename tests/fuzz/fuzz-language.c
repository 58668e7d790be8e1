/* fuzz-language.c — libFuzzer target: language tags and LANGUAGE lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes as a model's language tag, as a locale name, as a LANGUAGE
 * value and as a reader's list of languages: nothing may crash, and what
 * comes out keeps its bounds (FV_LANGUAGE_TAG_MAX, FV_LANGUAGES_MAX), each
 * tag once, so that no input costs more than its size.
 */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "fv-language.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
check_tag (const char *text)
{
  g_autofree char *normal = fv_language_normalize (text);

  if (fv_language_tag_is_valid (text))
    {
      if (strlen (text) > FV_LANGUAGE_TAG_MAX)
        fuzz_fail ("a tag of %zu characters is valid", strlen (text));
      if (normal == NULL || strlen (normal) != strlen (text))
        fuzz_fail ("the valid tag “%s” normalizes to “%s”", text, normal);
    }
  if (normal != NULL && (*normal == '\0' || strpbrk (normal, "_.@") != NULL))
    fuzz_fail ("“%s” normalizes to “%s”", text, normal);
}

static void
check_list (const char *text)
{
  g_autofree char *bounded = fv_language_list_bound (text);
  g_autofree char *again = fv_language_list_bound (bounded);
  g_auto(GStrv) parts = g_strsplit (bounded, ":", -1);
  guint n = *bounded == '\0' ? 0 : g_strv_length (parts);

  if (strcmp (bounded, again) != 0)
    fuzz_fail ("bounding “%s” twice gives “%s”", bounded, again);
  if (n > FV_LANGUAGES_MAX)
    fuzz_fail ("%u parts kept", n);
  for (guint i = 0; i < n; i++)
    if (*parts[i] == '\0' || strlen (parts[i]) > FV_LANGUAGE_NAME_MAX)
      fuzz_fail ("the part “%s” is kept", parts[i]);
}

static void
check_reader_languages (const char *text)
{
  g_auto(GStrv) names = g_strsplit (text, ":", -1);
  g_auto(GStrv) languages = fv_languages_new ((const char * const *) names);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_strv_length (languages);

  if (n > FV_LANGUAGES_MAX)
    fuzz_fail ("%u languages", n);
  for (guint i = 0; i < n; i++)
    {
      char *dash = strrchr (languages[i], '-');

      if (*languages[i] == '\0' || strlen (languages[i]) > FV_LANGUAGE_TAG_MAX)
        fuzz_fail ("the language “%s”", languages[i]);
      if (!g_hash_table_add (seen, languages[i]))
        fuzz_fail ("“%s” twice", languages[i]);
      /* "pt-br" is followed by "pt", unless the list was full. */
      if (dash != NULL && n < FV_LANGUAGES_MAX)
        {
          g_autofree char *general = g_strndup (languages[i], dash - languages[i]);
          gboolean found = FALSE;

          for (guint j = 0; j < n && !found; j++)
            found = g_str_equal (languages[j], general);
          if (!found)
            fuzz_fail ("“%s” without “%s”", languages[i], general);
        }
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  /* Environment variables and tags end at a NUL byte. */
  g_autofree char *text = g_strndup ((const char *) data, size);

  check_tag (text);
  check_list (text);
  check_reader_languages (text);
  return 0;
}
