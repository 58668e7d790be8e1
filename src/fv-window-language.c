/* fv-window-language.c — the header bar's content-language button and its menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The button names the language the facts are shown in; its menu offers the
 * desktop's languages or one of the model's, each by its own name. The
 * choice is the session's content language, kept in the settings.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-window-private.h"

/* Languages by their own names: a reader looks for the one they read. */
static const char *
language_name (const char *tag)
{
  static const struct { const char *tag, *name; } names[] = {
    { "ar", "العربية" }, { "de", "Deutsch" }, { "en", "English" }, { "es", "Español" },
    { "fr", "Français" }, { "hi", "हिन्दी" }, { "it", "Italiano" }, { "ko", "한국어" },
    { "pl", "Polski" }, { "pt", "Português" }, { "pt-BR", "Português (Brasil)" },
    { "ru", "Русский" }, { "tl", "Tagalog" }, { "uk", "Українська" },
    { "vi", "Tiếng Việt" }, { "zh", "中文" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (names[i].tag, tag) == 0)
      return names[i].name;

  return tag;
}

/* The language button names the language the facts are in now; its menu
 * (made when first opened) lists the model's. */
void
fv_window_update_language_button (FvWindow *self)
{
  FvModel *model = fv_session_get_model (self->session);
  const char * const *languages = fv_model_get_languages (model);
  const char *shown = fv_session_get_shown_language (self->session);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) desktop = g_menu_new ();
  g_autoptr(GMenu) list = g_menu_new ();
  g_autofree char *tooltip = NULL;
  g_autofree char *code = NULL;

  g_menu_append (desktop, _("As the Desktop"), "win.content-language::");
  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *action = g_strdup_printf ("win.content-language::%s", languages[i]);
      g_autofree char *label = g_strdup_printf ("%s (%s)", language_name (languages[i]),
                                                languages[i]);

      g_menu_append (list, label, action);
    }
  g_menu_append_section (menu, _("Content Language"), G_MENU_MODEL (desktop));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (list));
  g_set_object (&self->language_menu, G_MENU_MODEL (menu));

  code = g_ascii_strup (shown, -1);
  /* translators: the tooltip of the button that names the facts' language */
  tooltip = g_strdup_printf (_("The facts are in %s"), language_name (shown));
  gtk_menu_button_set_label (self->language_button, code);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->language_button), tooltip);
  gtk_widget_set_visible (GTK_WIDGET (self->language_button),
                          g_strv_length ((char **) languages) > 1);
}
