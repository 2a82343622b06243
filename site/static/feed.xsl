<?xml version="1.0" encoding="utf-8"?>
<!-- Shows an IsletWatch Atom feed as a readable page when it is opened in a browser; feed readers ignore it. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:a="http://www.w3.org/2005/Atom">
<xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>
<xsl:template match="/a:feed">
<html lang="en">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title><xsl:value-of select="a:title"/></title>
<link rel="stylesheet" href="../static/style.css"/>
<link rel="icon" href="../static/favicon.svg" type="image/svg+xml"/>
</head>
<body>
<main id="main" class="wrap feed-page">
<p class="callout">This is an <strong>Atom feed</strong>. To follow it, copy its address into a feed reader. Below is what it holds now.</p>
<h1><xsl:value-of select="a:title"/></h1>
<p class="lede"><xsl:value-of select="a:subtitle"/></p>
<p><a href="{a:link[@rel='alternate']/@href}">Back to the site</a></p>
<ol class="claim-list">
<xsl:for-each select="a:entry">
<li class="claim-card">
<a class="claim-title" href="{a:link/@href}"><bdi><xsl:value-of select="a:title"/></bdi></a>
<div class="muted small">Found <xsl:value-of select="substring(a:updated, 1, 10)"/></div>
<p class="feed-summary"><xsl:value-of select="a:summary"/></p>
</li>
</xsl:for-each>
</ol>
<xsl:if test="not(a:entry)"><p class="empty">Nothing in this feed yet.</p></xsl:if>
</main>
</body>
</html>
</xsl:template>
</xsl:stylesheet>
