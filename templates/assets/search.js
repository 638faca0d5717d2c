// sitegen search: reads the index sitegen writes at build time (docs/search.md), fetching
// only the shards a query's terms fall in and the documents of the results it shows.
// Without this script the search page says search needs JavaScript; no other page uses it.
(function () {
  "use strict";
  var form = document.querySelector("form[data-index]");
  var status = document.getElementById("Search-status");
  var list = document.getElementById("Search-results");
  if (!form || !status || !list) return;
  var input = form.querySelector("input[name=q]");
  var metaURL = new URL(form.getAttribute("data-index"), document.baseURI);
  var folder = new URL(".", metaURL);
  var root = new URL("..", folder);
  var pageSize = 10;
  var meta = null;
  var shards = new Map();
  var documents = new Map();
  var latest = 0;

  // The terms of a text, as sitegen makes them: letters and digits, accents folded away,
  // lowercased; anything else separates terms.
  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  }
  function terms(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (term) {
      return term.length > 0 && new TextEncoder().encode(term).length <= 40;
    });
  }
  // Code-point order, the order of the index's terms.
  function compare(a, b) {
    var x = Array.from(a), y = Array.from(b);
    for (var i = 0; i < Math.min(x.length, y.length); i++) {
      var d = x[i].codePointAt(0) - y[i].codePointAt(0);
      if (d !== 0) return d;
    }
    return x.length - y.length;
  }
  function fetchJSON(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(response.status + " " + url.pathname);
      return response.json();
    });
  }
  function versioned(path) {
    var url = new URL(path, folder);
    url.searchParams.set("v", meta.version);
    return url;
  }
  function loadMeta() {
    if (!meta) {
      meta = fetch(metaURL, { cache: "no-cache" }).then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + metaURL.pathname);
        return response.json();
      }).then(function (value) { meta = value; return value; });
    }
    return Promise.resolve(meta);
  }
  function shard(index) {
    if (!shards.has(index)) shards.set(index, fetchJSON(versioned("index/" + index + ".json")));
    return shards.get(index);
  }
  function documentOf(number) {
    if (!documents.has(number)) {
      documents.set(number, fetchJSON(versioned("doc/" + number + ".json")));
    }
    return documents.get(number);
  }
  // The shards that can hold `term`, or every term starting with it when `prefix`.
  function shardsFor(term, prefix) {
    var firsts = meta.shards;
    var index = 0;
    for (var i = 0; i < firsts.length && compare(firsts[i], term) <= 0; i++) index = i;
    var found = [index];
    while (prefix && index + 1 < firsts.length && firsts[index + 1].startsWith(term)) {
      index += 1;
      found.push(index);
    }
    return found;
  }
  // Each page's weight for `term`: the best of the terms starting with it when `prefix`.
  function postings(term, prefix) {
    return Promise.all(shardsFor(term, prefix).map(shard)).then(function (loaded) {
      var weights = new Map();
      loaded.forEach(function (terms) {
        Object.keys(terms).forEach(function (key) {
          if (prefix ? !key.startsWith(term) : key !== term) return;
          var list = terms[key], number = 0;
          for (var i = 0; i < list.length; i += 2) {
            number += list[i];
            weights.set(number, Math.max(weights.get(number) || 0, list[i + 1]));
          }
        });
      });
      return weights;
    });
  }
  // Pages holding every term (the last as a prefix while it is being typed), best first.
  function search(query) {
    var words = terms(query);
    if (words.length === 0) return Promise.resolve({ words: words, results: [] });
    var typing = !/\s$/.test(query);
    return Promise.all(words.map(function (word, index) {
      return postings(word, typing && index === words.length - 1);
    })).then(function (maps) {
      var scores = new Map(maps[0]);
      maps.slice(1).forEach(function (weights) {
        scores.forEach(function (score, number) {
          if (weights.has(number)) scores.set(number, score + weights.get(number));
          else scores.delete(number);
        });
      });
      var results = Array.from(scores.keys()).sort(function (a, b) {
        return scores.get(b) - scores.get(a) || a - b;
      });
      return { words: words, typing: typing, results: results };
    });
  }
  // Whether a word of the text matches a query term.
  function matches(word, query) {
    var folded = fold(word);
    return query.words.some(function (term, index) {
      var prefix = query.typing && index === query.words.length - 1;
      return prefix ? folded.startsWith(term) : folded === term;
    });
  }
  // A short passage of `text` around its first match, as text nodes and <mark>s.
  function snippet(text, query, into) {
    var pattern = /[\p{L}\p{N}\p{M}]+/gu, found = null, match;
    while ((match = pattern.exec(text)) !== null) {
      if (matches(match[0], query)) { found = match.index; break; }
    }
    var start = 0, end = Math.min(text.length, 220);
    if (found !== null) {
      start = Math.max(0, found - 80);
      end = Math.min(text.length, found + 160);
      if (start > 0) start = text.indexOf(" ", start) + 1 || start;
    }
    if (end < text.length) {
      var space = text.lastIndexOf(" ", end);
      if (space > start) end = space;
    }
    var passage = text.slice(start, end);
    if (start > 0) into.appendChild(document.createTextNode("… "));
    var last = 0;
    pattern.lastIndex = 0;
    while ((match = pattern.exec(passage)) !== null) {
      if (!matches(match[0], query)) continue;
      into.appendChild(document.createTextNode(passage.slice(last, match.index)));
      var mark = document.createElement("mark");
      mark.textContent = match[0];
      into.appendChild(mark);
      last = match.index + match[0].length;
    }
    into.appendChild(document.createTextNode(passage.slice(last)));
    if (end < text.length) into.appendChild(document.createTextNode(" …"));
  }
  function resultItem(doc, query) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.className = "result-title";
    link.href = new URL(doc.url, root).href;
    link.textContent = doc.title;
    item.appendChild(link);
    var about = document.createElement("p");
    about.className = "result-meta";
    var kind = document.createElement("span");
    kind.className = "result-kind";
    kind.textContent = doc.kind;
    about.appendChild(kind);
    if (doc.date) {
      about.appendChild(document.createTextNode(" · "));
      var time = document.createElement("time");
      time.dateTime = doc.iso;
      time.textContent = doc.date;
      about.appendChild(time);
    }
    item.appendChild(about);
    var passage = document.createElement("p");
    passage.className = "result-snippet";
    snippet(doc.text || doc.summary || "", query, passage);
    item.appendChild(passage);
    return item;
  }
  function show(query, text, from, run) {
    var page = query.results.slice(from, from + pageSize);
    return Promise.all(page.map(documentOf)).then(function (docs) {
      if (run !== latest) return;
      var old = list.parentNode.querySelector(".search-more");
      if (old) old.remove();
      docs.forEach(function (doc) { list.appendChild(resultItem(doc, query)); });
      var next = from + page.length;
      if (next < query.results.length) {
        var more = document.createElement("button");
        more.type = "button";
        more.className = "search-more";
        more.textContent = "Show more results";
        more.addEventListener("click", function () {
          var first = list.children.length;
          show(query, text, next, run).then(function () {
            var link = list.children[first] && list.children[first].querySelector("a");
            if (link) link.focus();
          });
        });
        list.insertAdjacentElement("afterend", more);
      }
    });
  }
  function describe(count, text) {
    var quoted = "\u201C" + text.trim() + "\u201D";
    if (count === 0) return "No results for " + quoted + ".";
    return (count === 1 ? "1 result" : count + " results") + " for " + quoted + ".";
  }
  function run(text) {
    var current = ++latest;
    var url = new URL(window.location.href);
    if (text.trim()) url.searchParams.set("q", text); else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
    loadMeta().then(function () { return search(text); }).then(function (query) {
      if (current !== latest) return;
      list.textContent = "";
      var old = list.parentNode.querySelector(".search-more");
      if (old) old.remove();
      if (query.words.length === 0) {
        status.textContent = "Type a word to search " + meta.documents + " pages.";
        return;
      }
      status.textContent = describe(query.results.length, text);
      return show(query, text, 0, current);
    }).catch(function (error) {
      if (current !== latest) return;
      meta = null;
      status.textContent = "The search index could not be loaded (" + error.message + ").";
    });
  }
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value); }, 150);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run(input.value);
  });
  status.textContent = "";
  input.value = new URL(window.location.href).searchParams.get("q") || "";
  run(input.value);
})();
