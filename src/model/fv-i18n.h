/* fv-i18n.h — Fact Viewer's own words in the language of what they go with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where words of Fact Viewer's own go beside a model's texts (a chart's
 * "Source:", its month names, a fact sheet's headings), they are marked
 * FV_TR_(), FV_TR_C_() and fv_ngettext() instead of _(), C_() and
 * ngettext(): these follow the language that fv_i18n_push_language() set
 * for this thread, and are gettext's only while none is set. _() and the
 * others stay glib/gi18n.h's, in the interface's language, so that a
 * reader can tell from the call which language a string will be in;
 * po/meson.build tells xgettext the new names.
 */
#pragma once

#include <string.h>

#include <glib/gi18n.h>

G_BEGIN_DECLS

char       *fv_i18n_push_language (const char *language);
void        fv_i18n_pop_language  (char       *previous);
gboolean    fv_i18n_overridden    (void);

/* FV_I18N_SCOPE (language): fv_i18n_push_language() until the end of the
 * enclosing block. */
typedef char *FvI18nPushed;

static inline void
fv_i18n_pushed_pop (FvI18nPushed *previous)
{
  fv_i18n_pop_language (*previous);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FvI18nPushed, fv_i18n_pushed_pop)

#define FV_I18N_SCOPE(language) \
  g_auto (FvI18nPushed) G_GNUC_UNUSED fv_i18n_scope = fv_i18n_push_language (language)

const char *fv_gettext            (const char *msgid);
const char *fv_pgettext           (const char *context_msgid,
                                   gsize       msgid_offset);
const char *fv_pgettext2          (const char *context,
                                   const char *msgid);
const char *fv_ngettext           (const char *msgid,
                                   const char *msgid_plural,
                                   gulong      n);

gboolean    fv_i18n_plural_eval   (const char *expression,
                                   gulong      n,
                                   gulong     *form);

/* In the content language of this thread: the _() and C_() of the words
 * that go beside a model's texts. */
#define FV_TR_(String) fv_gettext (String)
#define FV_TR_C_(Context, String) fv_pgettext (Context "\004" String, strlen (Context) + 1)

G_END_DECLS
