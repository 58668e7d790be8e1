/* fv-i18n.h — Fact Viewer's own words in the language of what they go with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Include this instead of <glib/gi18n.h> where words of Fact Viewer's own
 * go beside a model's texts (a chart's "Source:", its month names, a fact
 * sheet's headings): _(), C_() and ngettext() then follow the language
 * that fv_i18n_push_language() set for this thread, and gettext's only
 * while none is set. xgettext reads them as ever.
 */
#pragma once

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

G_END_DECLS

#undef _
#define _(String) fv_gettext (String)
#undef C_
#define C_(Context, String) fv_pgettext (Context "\004" String, strlen (Context) + 1)
#undef ngettext
#define ngettext(String, Plural, N) fv_ngettext (String, Plural, N)
