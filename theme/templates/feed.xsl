<?xml version="1.0" encoding="UTF-8"?>
<!--
  A feed opened in a browser: RSS 2.0 or Atom 1.0 shown as a readable French page.
  XSLT 1.0 (what browsers implement); no JavaScript, nothing loaded from elsewhere.
  Every text from the feed is written as text (disable-output-escaping="no"),
  never as markup: the summaries are read, not rendered.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  exclude-result-prefixes="atom content">

  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <!-- The feed, whichever format it is. -->
  <xsl:variable name="is-atom" select="boolean(/atom:feed)"/>
  <xsl:variable name="format">
    <xsl:choose>
      <xsl:when test="$is-atom">Atom</xsl:when>
      <xsl:otherwise>RSS</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="title">
    <xsl:choose>
      <xsl:when test="$is-atom"><xsl:value-of select="normalize-space(/atom:feed/atom:title)" disable-output-escaping="no"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space(/rss/channel/title)" disable-output-escaping="no"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="self">
    <xsl:choose>
      <xsl:when test="$is-atom"><xsl:value-of select="/atom:feed/atom:link[@rel='self'][1]/@href"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="/rss/channel/atom:link[@rel='self'][1]/@href"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="site-page">
    <xsl:choose>
      <xsl:when test="$is-atom"><xsl:value-of select="/atom:feed/atom:link[@rel='alternate' or not(@rel)][1]/@href"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space(/rss/channel/link)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <!-- The language of the feed's own texts (fr-CA, or en-CA for the English feed). -->
  <xsl:variable name="feed-lang">
    <xsl:choose>
      <xsl:when test="$is-atom"><xsl:value-of select="normalize-space(/atom:feed/@xml:lang)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space(/rss/channel/language)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="foreign" select="string($feed-lang) != '' and not(starts-with(translate($feed-lang, 'FR', 'fr'), 'fr'))"/>
  <xsl:variable name="count" select="count(/rss/channel/item | /atom:feed/atom:entry)"/>

  <xsl:template match="/">
    <html lang="fr-CA">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="color-scheme" content="light dark"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="$title"/> — fil d’actualités (<xsl:value-of select="$format"/>)</title>
        <link rel="stylesheet" href="/theme/css/site.css"/>
        <link rel="icon" href="/theme/favicon.svg" type="image/svg+xml"/>
      </head>
      <body class="feed-page">
        <a class="skip-link" href="#contenu">Aller au contenu</a>
        <header class="site-header">
          <div class="wrap header-inner">
            <p class="feed-kind">Fil d’actualités · <xsl:value-of select="$format"/></p>
            <nav class="site-nav" aria-label="Navigation principale">
              <ul>
                <li><a href="/">Accueil du site</a></li>
                <li><a href="/{{ page_url('subscribe', 'fr') }}">Tous les fils et calendriers</a></li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="contenu" class="wrap" tabindex="-1">
          <h1>
            <xsl:if test="$foreign"><xsl:attribute name="lang"><xsl:value-of select="$feed-lang"/></xsl:attribute></xsl:if>
            <xsl:value-of select="$title"/>
          </h1>
          <p class="lead">Ceci est un fil d’actualités (RSS/Atom). Copiez son adresse dans votre lecteur de fils — Feedly, Inoreader, NetNewsWire, Thunderbird… — pour être averti des nouveautés.</p>

          <section class="feed-address" aria-labelledby="adresse-titre">
            <h2 id="adresse-titre">S’abonner à ce fil</h2>
            <xsl:if test="string($self) != ''">
              <p>
                <label for="adresse-fil">Adresse du fil, à copier dans votre lecteur :</label>
                <input id="adresse-fil" class="feed-url" type="text" readonly="readonly" spellcheck="false" value="{$self}"/>
              </p>
            </xsl:if>
            <p class="muted">Aucun compte ni courriel n’est nécessaire : votre lecteur vérifie lui-même s’il y a du nouveau, et vous pouvez vous désabonner quand vous voulez.</p>
            <ul class="inline-list">
              <xsl:if test="starts-with($site-page, 'https://') or starts-with($site-page, 'http://') or starts-with($site-page, '/')">
                <li><a href="{$site-page}">Voir la page de ce fil sur le site</a></li>
              </xsl:if>
              <li><a href="/{{ page_url('subscribe', 'fr') }}">Comment s’abonner, et les autres fils et calendriers</a></li>
            </ul>
          </section>

          <section class="feed-entries" aria-labelledby="elements-titre">
            <h2 id="elements-titre">Dernières nouveautés</h2>
            <xsl:choose>
              <xsl:when test="$count = 0">
                <p>Ce fil est vide pour l’instant.</p>
              </xsl:when>
              <xsl:otherwise>
                <p class="muted">
                  <xsl:value-of select="$count"/>
                  <xsl:choose>
                    <xsl:when test="$count = 1"><xsl:text> élément, tel que votre lecteur le recevra.</xsl:text></xsl:when>
                    <xsl:otherwise><xsl:text> éléments, tels que votre lecteur les recevra.</xsl:text></xsl:otherwise>
                  </xsl:choose>
                </p>
                <ol class="feed-items">
                  <xsl:if test="$foreign"><xsl:attribute name="lang"><xsl:value-of select="$feed-lang"/></xsl:attribute></xsl:if>
                  <xsl:apply-templates select="/rss/channel/item | /atom:feed/atom:entry"/>
                </ol>
              </xsl:otherwise>
            </xsl:choose>
          </section>
        </main>
        <footer class="site-footer">
          <div class="wrap footer-inner">
            <p>Cette page est la version lisible d’un fil <xsl:value-of select="$format"/> : les lecteurs de fils lisent le même fichier et y trouvent le contenu complet.</p>
          </div>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!-- One RSS item. -->
  <xsl:template match="item">
    <xsl:call-template name="entry">
      <xsl:with-param name="title" select="normalize-space(title)"/>
      <xsl:with-param name="link" select="normalize-space(link)"/>
      <xsl:with-param name="date" select="normalize-space(pubDate)"/>
      <xsl:with-param name="iso" select="''"/>
      <xsl:with-param name="summary" select="normalize-space(description)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- One Atom entry. -->
  <xsl:template match="atom:entry">
    <xsl:call-template name="entry">
      <xsl:with-param name="title" select="normalize-space(atom:title)"/>
      <xsl:with-param name="link" select="atom:link[@rel='alternate' or not(@rel)][1]/@href"/>
      <xsl:with-param name="date" select="normalize-space(atom:updated)"/>
      <xsl:with-param name="iso" select="normalize-space(atom:updated)"/>
      <xsl:with-param name="summary" select="normalize-space(atom:summary)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="entry">
    <xsl:param name="title"/>
    <xsl:param name="link"/>
    <xsl:param name="date"/>
    <xsl:param name="iso"/>
    <xsl:param name="summary"/>
    <li>
      <article class="feed-item">
        <h3 class="feed-item-title">
          <xsl:choose>
            <xsl:when test="starts-with($link, 'https://') or starts-with($link, 'http://') or starts-with($link, '/')">
              <a href="{$link}"><xsl:value-of select="$title" disable-output-escaping="no"/></a>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="$title" disable-output-escaping="no"/></xsl:otherwise>
          </xsl:choose>
        </h3>
        <xsl:if test="string($date) != ''">
          <p class="feed-item-date muted">
            <xsl:choose>
              <xsl:when test="string($iso) != ''">
                <time datetime="{$iso}"><xsl:value-of select="$date"/></time>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="$date"/></xsl:otherwise>
            </xsl:choose>
          </p>
        </xsl:if>
        <xsl:if test="string($summary) != ''">
          <p class="feed-item-summary"><xsl:value-of select="$summary" disable-output-escaping="no"/></p>
        </xsl:if>
      </article>
    </li>
  </xsl:template>

  <!-- Nothing else of the feed is printed. -->
  <xsl:template match="text()"/>
</xsl:stylesheet>
