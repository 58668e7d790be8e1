/* fv-page.c — a tab of the window: a view of the session's model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page makes its widgets when it is first shown, not when a model is set:
 * what a hidden tab holds is not made at startup, and a new model or
 * language remakes only the tab in view until another is shown. A hidden
 * page lets go of the model before at once.
 */
#include "config.h"

#include "fv-format.h"
#include "fv-page.h"

typedef struct
{
  FvSession *session;
  gboolean   stale;  /* the model or language changed since it was made */
} FvPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (FvPage, fv_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rebuild (FvPage *self)
{
  FvPagePrivate *priv = fv_page_get_instance_private (self);

  priv->stale = FALSE;
  FV_PAGE_GET_CLASS (self)->clear (self);
  if (priv->session != NULL && fv_session_get_model (priv->session) != NULL)
    FV_PAGE_GET_CLASS (self)->rebuild (self);
}

/* Out of date: remade now if it is shown, else cleared until it is. */
static void
invalidate (FvPage *self)
{
  FvPagePrivate *priv = fv_page_get_instance_private (self);

  priv->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    FV_PAGE_GET_CLASS (self)->clear (self);
}

static void
on_session_notify (FvPage     *self,
                   GParamSpec *pspec,
                   FvSession  *session)
{
  FvPagePrivate *priv = fv_page_get_instance_private (self);
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "model") || g_str_equal (name, "languages"))
    invalidate (self);
  else if (!priv->stale && FV_PAGE_GET_CLASS (self)->session_notify != NULL)
    FV_PAGE_GET_CLASS (self)->session_notify (self, pspec);
}

static void
fv_page_map (GtkWidget *widget)
{
  FvPagePrivate *priv = fv_page_get_instance_private (FV_PAGE (widget));

  /* Before the children are mapped, so that the new ones are too. */
  if (priv->stale)
    rebuild (FV_PAGE (widget));

  GTK_WIDGET_CLASS (fv_page_parent_class)->map (widget);
}

static void
fv_page_dispose (GObject *object)
{
  FvPagePrivate *priv = fv_page_get_instance_private (FV_PAGE (object));
  GtkWidget *child;

  /* The subclass has let go of its template's children by now; the page
   * holds them. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  if (priv->session != NULL)
    g_signal_handlers_disconnect_by_func (priv->session, on_session_notify, object);
  g_clear_object (&priv->session);

  G_OBJECT_CLASS (fv_page_parent_class)->dispose (object);
}

static void
fv_page_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, fv_page_get_session (FV_PAGE (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_page_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION:
      fv_page_set_session (FV_PAGE (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* A list is one Tab stop, as the HIG asks: arrows move inside it, Tab
 * leaves it. GTK 4.8's list views take Tab to mean "the next row" (4.12
 * added a property for it), which with 100,000 events is a trap. While
 * the focus is in a list, a Tab walks the page as if the list could not
 * take the focus, so it goes on to what comes after it. */
static gboolean
fv_page_focus (GtkWidget        *widget,
               GtkDirectionType  direction)
{
  GtkWidget *list = NULL;
  gboolean moved;

  if (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD)
    {
      GtkRoot *root = gtk_widget_get_root (widget);
      GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

      for (GtkWidget *w = focus; w != NULL && w != widget; w = gtk_widget_get_parent (w))
        if (GTK_IS_LIST_VIEW (w))
          list = w;
    }

  if (list == NULL)
    return GTK_WIDGET_CLASS (fv_page_parent_class)->focus (widget, direction);

  gtk_widget_set_can_focus (list, FALSE);
  moved = GTK_WIDGET_CLASS (fv_page_parent_class)->focus (widget, direction);
  gtk_widget_set_can_focus (list, TRUE);

  return moved;
}

/**
 * fv_page_show_no_match:
 * @list: (nullable): what shows the facts found, hidden while none is;
 *   %NULL to keep what the page shows
 * @status: what says that none was
 * @n_shown: how many facts @list shows
 * @format: the sentence, with a %s for the search's text
 *
 * In place of an empty list, while a search finds nothing in this tab,
 * a status page whose title says so (a title is plain text: the search's
 * text is never read as markup).
 */
void
fv_page_show_no_match (FvPage        *self,
                       GtkWidget     *list,
                       AdwStatusPage *status,
                       guint          n_shown,
                       const char    *format)
{
  FvSession *session;
  const char *search;
  gboolean none;

  g_return_if_fail (FV_IS_PAGE (self));

  session = fv_page_get_session (self);
  search = session != NULL ? fv_session_get_search_text (session) : NULL;
  none = n_shown == 0 && search != NULL && search[0] != '\0';
  if (none)
    {
      g_autofree char *clipped = fv_text_clip (search, 80);
      g_autofree char *text = g_strdup_printf (format, clipped);

      adw_status_page_set_title (status, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (status), none);
  if (list != NULL)
    gtk_widget_set_visible (list, !none);
}

/**
 * fv_page_focus_first:
 *
 * Puts the keyboard's focus on the first fact the page shows: with a
 * search, the first result.
 */
void
fv_page_focus_first (FvPage *self)
{
  g_return_if_fail (FV_IS_PAGE (self));

  if (FV_PAGE_GET_CLASS (self)->focus_first != NULL)
    FV_PAGE_GET_CLASS (self)->focus_first (self);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
fv_page_class_init (FvPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_page_dispose;
  object_class->get_property = fv_page_get_property;
  object_class->set_property = fv_page_set_property;
  widget_class->map = fv_page_map;
  widget_class->focus = fv_page_focus;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, FV_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fv_page_init (FvPage *self)
{
}

FvSession *
fv_page_get_session (FvPage *self)
{
  FvPagePrivate *priv = fv_page_get_instance_private (self);

  g_return_val_if_fail (FV_IS_PAGE (self), NULL);

  return priv->session;
}

void
fv_page_set_session (FvPage    *self,
                     FvSession *session)
{
  FvPagePrivate *priv = fv_page_get_instance_private (self);

  g_return_if_fail (FV_IS_PAGE (self));
  g_return_if_fail (session == NULL || FV_IS_SESSION (session));

  if (priv->session == session)
    return;

  if (priv->session != NULL)
    g_signal_handlers_disconnect_by_func (priv->session, on_session_notify, self);
  g_set_object (&priv->session, session);
  if (session != NULL)
    g_signal_connect_object (session, "notify", G_CALLBACK (on_session_notify), self,
                             G_CONNECT_SWAPPED);

  invalidate (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}
