// The calculator page's script (医保结算计算器): the form <-> the URL, the estimate from
// POST /graphql (estimateYear), and the result as a stacked bar and readable tables.
// Plain browser JavaScript, no dependencies, no network beyond this service.
(function () {
  'use strict';
  var V = JSON.parse(document.getElementById('vocabulary').textContent);
  var $ = function (id) { return document.getElementById(id); };
  var form = $('calc');
  var MONEY = /^\d{1,9}(\.\d{1,2})?$/;
  var CATEGORIES = V.enums.FeeCategory.map(function (e) { return e[0]; });
  /** The stacked bar's parts: who pays, in the order the layers run. */
  var PARTS = [
    ['basic', ['basicPoolPayment'], '基本医保统筹基金', 'Basic pool'],
    ['large', ['largeAmountPayment'], '职工大额医疗费用补助', 'Large-amount insurance'],
    ['critical', ['criticalIllnessPayment'], '大病保险', 'Critical illness insurance'],
    ['assistance', ['assistancePayment', 'secondaryAssistancePayment'], '医疗救助', 'Medical assistance'],
    ['account', ['personalAccountPayment'], '个人账户', 'Personal account'],
    ['cash', ['cashPayment'], '个人现金', 'Cash'],
  ];
  var AMOUNTS = [
    ['totalAmount', '医疗费总额', 'Total'], ['fullSelfPayAmount', '全自费金额', 'Self-pay items'],
    ['preSelfPayAmount', '先行自付金额', 'Paid first by you (class B share)'], ['policyAmount', '政策范围内费用', 'Covered by the policy'],
    ['deductible', '起付线', 'Deductible'], ['basicPoolPayment', '基本医保统筹基金支付', 'Basic pool'],
    ['largeAmountPayment', '职工大额医疗费用补助', 'Large-amount insurance'], ['criticalIllnessPayment', '大病保险', 'Critical illness insurance'],
    ['assistancePayment', '医疗救助', 'Medical assistance'], ['secondaryAssistancePayment', '二次倾斜救助', 'Secondary assistance'],
    ['fundPaymentTotal', '基金支付合计', 'Funds in all'], ['personalPayment', '个人负担合计', 'Your part in all'],
    ['personalAccountPayment', '个人账户支付', 'Personal account'], ['cashPayment', '个人现金支付', 'Cash'],
  ];
  var LAYERS = { BASIC: '基本医保 Basic pool', LARGE_AMOUNT: '大额补助 Large amount', CRITICAL_ILLNESS: '大病保险 Critical illness', ASSISTANCE: '医疗救助 Assistance', SECONDARY_ASSISTANCE: '二次救助 Secondary assistance' };
  var CODES = {
    INVALID_AMOUNT: '金额无效', INVALID_MONEY: '金额最多两位小数', ZERO_TOTAL: '费用合计不能为 0', EMPTY_ITEMS: '请至少填写一项费用',
    MISSING_EMPLOYEE_CATEGORY: '请选择职工类别', NO_POLICY_PACK: '该日期没有适用的医保政策', INVALID_DATE: '日期无效',
    LEVEL_NOT_ALLOWED: '该等级不办理此类就诊', VISIT_TYPE_NOT_OPEN: '此险种没有这类就诊待遇', MISSING_DISEASE_CODE: '请填写病种编码',
    UNKNOWN_DISEASE_CODE: '病种编码不在目录中', MISSING_INSTITUTION: '请选择医院或医院等级', UNKNOWN_INSTITUTION: '医院不在目录中',
    INSTITUTION_IN_OTHER_CITY: '医院不在参保城市', PRIOR_CLAIM_OTHER_YEAR: '此前费用须在同一年度', PRIOR_CLAIM_AFTER_BILL: '此前费用的日期不能晚于本次',
    TOO_MANY_PRIOR_CLAIMS: '此前费用过多', INVALID_ENROLLMENT_YEARS: '参保年数须为不小于 1 的整数', REQUIRED: '必填',
  };

  /* ---------- small helpers ---------- */

  function el(tag, attrs) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) {
      if (k === 'text') e.textContent = attrs[k];
      else if (attrs[k] !== undefined && attrs[k] !== null && attrs[k] !== false) e.setAttribute(k, attrs[k] === true ? '' : attrs[k]);
    }
    for (var i = 2; i < arguments.length; i++) if (arguments[i] != null) e.append(arguments[i]);
    return e;
  }
  function label(zh, en) { return [zh + ' ', el('span', { class: 'en', lang: 'en', text: en })]; }
  function fill(select, name, value) {
    V.enums[name].forEach(function (e) { select.append(el('option', { value: e[0], text: e[1] + ' ' + e[2] })); });
    if (value) select.value = value;
  }
  function fen(money) { var m = /^(-?)(\d+)\.(\d{2})$/.exec(money); return m ? (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3])) : 0; }
  function enumName(name, value) { var e = V.enums[name].find(function (x) { return x[0] === value; }); return e ? e[1] + ' ' + e[2] : value; }
  function today() { var d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0'); }

  function gql(query, variables) {
    return fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: query, variables: variables }),
    }).then(function (r) { return r.json(); });
  }

  /* ---------- the form ---------- */

  var seq = 0;
  fill($('city'), 'City');
  fill($('scheme'), 'Scheme');
  fill($('employeeCategory'), 'EmployeeCategory', 'ENTERPRISE');
  fill($('assistanceCategory'), 'AssistanceCategory');
  fill($('visitType'), 'VisitType', 'INPATIENT');
  fill($('level'), 'InstitutionLevel', 'SECONDARY');
  fill($('filing'), 'RemoteFiling');
  V.enums.TwoDisease.forEach(function (e) {
    var id = 'two-' + e[0];
    $('twoDiseases').insertBefore(el('div', { class: 'check f' }, el('input', { type: 'checkbox', id: id, value: e[0] }), el('label', { for: id, text: e[1] + ' ' + e[2] })), $('twoDiseases-err'));
  });

  function itemRow(item) {
    var n = ++seq;
    var cat = el('select', { id: 'item-' + n + '-category' });
    fill(cat, 'FeeCategory', item.category);
    var amt = el('input', { id: 'item-' + n + '-amount', inputmode: 'decimal', autocomplete: 'off', value: item.amount || '', placeholder: '0.00' });
    var tcm = el('input', { type: 'checkbox', id: 'item-' + n + '-tcm', checked: !!item.tcm });
    var nd = el('input', { type: 'checkbox', id: 'item-' + n + '-nd', checked: !!item.negotiatedDrug });
    var remove = el('button', { type: 'button', class: 'remove' }, '删除 ', el('span', { lang: 'en', text: 'Remove' }));
    var row = el('div', { class: 'row' },
      el('div', { class: 'f' }, el('label', { for: cat.id }), cat),
      el('div', { class: 'f' }, el('label', { for: amt.id }), amt, el('p', { class: 'err', id: amt.id + '-err' })),
      el('div', { class: 'f check' }, tcm, el('label', { for: tcm.id }, '中医 ', el('span', { lang: 'en', text: 'TCM' }))),
      el('div', { class: 'f check' }, nd, el('label', { for: nd.id }, '谈判药 ', el('span', { lang: 'en', text: 'Negotiated drug' }))),
      remove);
    remove.addEventListener('click', function () { row.remove(); renumber(); var next = $('items').querySelector('select'); (next || $('addItem')).focus(); });
    $('items').append(row);
    renumber();
    return row;
  }

  function priorBox(prior) {
    var n = ++seq;
    var id = function (name) { return 'prior-' + n + '-' + name; };
    var box = el('div', { class: 'prior', role: 'group', id: id('box') });
    var heading = el('h4', { id: id('title') });
    box.setAttribute('aria-labelledby', heading.id);
    var date = el('input', { type: 'date', id: id('date'), value: prior.date || '' });
    var visit = el('select', { id: id('visitType') });
    fill(visit, 'VisitType', prior.visitType || 'INPATIENT');
    var level = el('select', { id: id('level') });
    fill(level, 'InstitutionLevel', prior.level || $('level').value);
    var disease = el('input', { id: id('disease'), value: prior.disease || '', autocomplete: 'off' });
    var grid = el('div', { class: 'grid' },
      field(date, '日期', 'Date'), field(visit, '就诊类型', 'Kind of visit'), field(level, '医院等级', 'Hospital level'),
      field(disease, '病种编码（如有）', 'Disease code, if any'));
    var amounts = {};
    CATEGORIES.forEach(function (c) {
      var found = (prior.items || []).find(function (i) { return i.category === c; });
      amounts[c] = el('input', { id: id(c), inputmode: 'decimal', autocomplete: 'off', value: found ? found.amount : '', placeholder: '0.00' });
      grid.append(field(amounts[c], enumName('FeeCategory', c).replace(/ .*/, '') + '（元）', enumName('FeeCategory', c).replace(/^\S+ /, '') + ' (yuan)'));
    });
    var remove = el('button', { type: 'button' }, '删除此笔 ', el('span', { lang: 'en', text: 'Remove this bill' }));
    remove.addEventListener('click', function () { box.remove(); renumber(); $('addPrior').focus(); });
    box.append(heading, grid, el('p', { class: 'err', id: id('items') + '-err' }), remove);
    box.fields = { date: date, visitType: visit, level: level, disease: disease, amounts: amounts, itemsId: id('items'), box: box };
    $('priors').append(box);
    renumber();
    return box;
  }

  function field(control, zh, en) {
    return el('div', { class: 'f' }, el('label', { for: control.id }, zh + ' ', el('span', { class: 'en', lang: 'en', text: en })), control, el('p', { class: 'err', id: control.id + '-err' }));
  }

  /** Labels name their item or bill by number, so a screen reader tells the rows apart. */
  function renumber() {
    Array.prototype.forEach.call($('items').children, function (row, i) {
      var k = i + 1;
      var labels = row.querySelectorAll('label');
      labels[0].replaceChildren('第' + k + '项 类别 ', el('span', { class: 'en', lang: 'en', text: 'Item ' + k + ' category' }));
      labels[1].replaceChildren('第' + k + '项 金额（元） ', el('span', { class: 'en', lang: 'en', text: 'Item ' + k + ' amount (yuan)' }));
      row.querySelector('button').setAttribute('aria-label', '删除第' + k + '项 Remove item ' + k);
    });
    Array.prototype.forEach.call($('priors').children, function (box, i) {
      var k = i + 1;
      box.querySelector('h4').replaceChildren('此前第' + k + '笔 ', el('span', { class: 'en', lang: 'en', text: 'Earlier bill ' + k }));
      box.querySelector('button').setAttribute('aria-label', '删除此前第' + k + '笔 Remove earlier bill ' + k);
    });
  }

  function visibility() {
    var scheme = $('scheme').value, visit = $('visitType').value;
    document.querySelectorAll('[data-scheme]').forEach(function (e) { e.hidden = e.getAttribute('data-scheme') !== scheme; });
    var disease = visit === 'CHRONIC_OUTPATIENT' || visit === 'TCM_DAY_CLINIC' || (visit === 'INPATIENT' && scheme === 'RESIDENT');
    document.querySelector('[data-visit=disease]').hidden = !disease;
    $('twoDiseases').hidden = visit !== 'TWO_DISEASE_OUTPATIENT';
    document.querySelector('[data-remote]').hidden = !$('crossProvince').checked;
    var inst = $('institution').selectedOptions[0];
    $('level').disabled = !!$('institution').value;
    if (inst && inst.dataset.level) $('level').value = inst.dataset.level;
    if (disease) loadDiseases();
  }

  var diseaseKey = '';
  function loadDiseases() {
    var city = $('city').value, scheme = $('scheme').value, visit = $('visitType').value;
    var key = city + scheme + visit;
    if (key === diseaseKey) return;
    diseaseKey = key;
    var q = visit === 'CHRONIC_OUTPATIENT' ? 'chronicDiseases(city: $city, scheme: $scheme)' : visit === 'TCM_DAY_CLINIC' ? 'tcmDayClinicDiseases(city: $city)' : 'majorDiseases(city: $city)';
    var vars = q.indexOf('$scheme') > 0 ? '($city: City!, $scheme: Scheme!)' : '($city: City!)';
    gql('query' + vars + ' { list: ' + q + ' { code name } }', { city: city, scheme: scheme }).then(function (r) {
      var list = $('diseaseList');
      list.replaceChildren();
      ((r.data && r.data.list) || []).forEach(function (d) { list.append(el('option', { value: d.code, text: d.name })); });
    }).catch(function () {});
  }

  var searchTimer;
  function searchInstitutions() {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () {
      var text = $('instSearch').value.trim();
      if (!text) return;
      gql('query($f: InstitutionFilter) { institutions(first: 20, filter: $f) { edges { node { id name level } } } }', { f: { city: $('city').value, search: text } })
        .then(function (r) {
          var nodes = r.data ? r.data.institutions.edges.map(function (e) { return e.node; }) : [];
          setInstitutions(nodes, $('institution').value);
          $('instSearch-hint').textContent = nodes.length ? '找到 ' + nodes.length + ' 家，请在“医院”中选择 (' + nodes.length + ' found: choose under Hospital)' : '没有找到 (None found)';
        }).catch(function () {});
    }, 250);
  }

  function setInstitutions(nodes, keep) {
    var select = $('institution');
    var kept = keep ? select.querySelector('option[value="' + CSS.escape(keep) + '"]') : null;
    select.replaceChildren(select.options[0]);
    if (kept && !nodes.some(function (n) { return n.id === keep; })) select.append(kept);
    nodes.forEach(function (n) { select.append(el('option', { value: n.id, 'data-level': n.level, text: n.name + '（' + enumName('InstitutionLevel', n.level).replace(/ .*/, '') + '）' })); });
    select.value = keep || '';
    visibility();
  }

  /* ---------- the URL ---------- */

  function itemsText(items) {
    return items.map(function (i) { return i.category + ':' + i.amount + (i.tcm ? ':tcm' : '') + (i.negotiatedDrug ? ':nd' : ''); }).join(',');
  }
  function parseItems(text) {
    return (text || '').split(',').filter(Boolean).map(function (part) {
      var bits = part.split(':');
      return { category: bits[0], amount: bits[1] || '', tcm: bits.indexOf('tcm') > 1, negotiatedDrug: bits.indexOf('nd') > 1 };
    });
  }

  function readForm() {
    var s = {
      city: $('city').value, scheme: $('scheme').value, visitType: $('visitType').value, date: $('date').value,
      institution: $('institution').value, level: $('level').value, employeeCategory: $('employeeCategory').value,
      retired: $('retired').checked, years: $('years').value.trim(), minor: $('minor').checked, assistanceCategory: $('assistanceCategory').value,
      disease: $('disease').value.trim(), twoDiseases: [], crossProvince: $('crossProvince').checked, filing: $('filing').value, items: [], priors: [],
    };
    $('twoDiseases').querySelectorAll('input:checked').forEach(function (c) { s.twoDiseases.push(c.value); });
    Array.prototype.forEach.call($('items').children, function (row) {
      var c = row.querySelectorAll('input,select');
      s.items.push({ category: c[0].value, amount: c[1].value.trim(), tcm: c[2].checked, negotiatedDrug: c[3].checked, field: c[1] });
    });
    Array.prototype.forEach.call($('priors').children, function (box) {
      var f = box.fields;
      s.priors.push({
        date: f.date.value, visitType: f.visitType.value, level: f.level.value, disease: f.disease.value.trim(), fields: f,
        items: CATEGORIES.map(function (c) { return { category: c, amount: f.amounts[c].value.trim(), field: f.amounts[c] }; }).filter(function (i) { return i.amount !== ''; }),
      });
    });
    return s;
  }

  function toQuery(s) {
    var q = new URLSearchParams();
    var put = function (k, v) { if (v) q.append(k, v === true ? '1' : v); };
    put('city', s.city); put('scheme', s.scheme); put('visitType', s.visitType);
    if (s.institution) put('institution', s.institution); else put('level', s.level);
    if (s.scheme === 'EMPLOYEE') put('employeeCategory', s.employeeCategory);
    put('retired', s.retired);
    if (s.scheme === 'RESIDENT') { put('years', s.years); put('minor', s.minor); }
    put('assistanceCategory', s.assistanceCategory);
    put('date', s.date);
    put('disease', s.disease); put('twoDiseases', s.twoDiseases.join(','));
    put('crossProvince', s.crossProvince); if (s.crossProvince) put('filing', s.filing);
    put('items', itemsText(s.items.filter(function (i) { return i.amount !== ''; })));
    s.priors.forEach(function (p) { q.append('prior', [p.date, p.visitType, p.level, itemsText(p.items), p.disease].join(';').replace(/;+$/, '')); });
    return q.toString().replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%3B/g, ';');
  }

  function fromQuery(q) {
    var set = function (id, v) { if (v != null && v !== '') $(id).value = v; };
    set('city', q.get('city')); set('scheme', q.get('scheme')); set('visitType', q.get('visitType'));
    set('level', q.get('level')); set('employeeCategory', q.get('employeeCategory')); set('assistanceCategory', q.get('assistanceCategory'));
    set('years', q.get('years')); set('disease', q.get('disease')); set('filing', q.get('filing'));
    $('date').value = q.get('date') || today();
    $('retired').checked = q.get('retired') === '1';
    $('minor').checked = q.get('minor') === '1';
    $('crossProvince').checked = q.get('crossProvince') === '1';
    (q.get('twoDiseases') || '').split(',').forEach(function (d) { var c = $('two-' + d); if (c) c.checked = true; });
    var items = parseItems(q.get('items'));
    if (!items.length) items = CATEGORIES.map(function (c) { return { category: c }; });
    items.forEach(itemRow);
    q.getAll('prior').forEach(function (text) {
      var p = text.split(';');
      priorBox({ date: p[0], visitType: p[1], level: p[2], items: parseItems(p[3]), disease: p[4] });
    });
    var inst = q.get('institution');
    if (inst) {
      setInstitutions([{ id: inst, name: inst, level: '' }], inst);
      return gql('query($id: ID!) { node(id: $id) { ... on Institution { id name level } } }', { id: inst }).then(function (r) {
        var n = r.data && r.data.node;
        if (n && n.name) setInstitutions([n], inst);
      }).catch(function () {});
    }
    return Promise.resolve();
  }

  /* ---------- errors next to their field ---------- */

  var sent = null;
  function clearErrors() {
    document.querySelectorAll('.err').forEach(function (e) { e.textContent = ''; });
    document.querySelectorAll('[aria-invalid]').forEach(function (e) {
      e.removeAttribute('aria-invalid');
      var d = (e.getAttribute('aria-describedby') || '').split(' ').filter(function (x) { return x !== e.id + '-err'; }).join(' ');
      if (d) e.setAttribute('aria-describedby', d); else e.removeAttribute('aria-describedby');
    });
  }

  /** The control (or group) an error path of SettlementInput is about. */
  function target(path) {
    var head = path[0], rest = path.slice(1);
    if (!sent) return null;
    switch (head) {
      case 'city': case 'scheme': case 'visitType': case 'date': return $(head);
      case 'institutionId': return $('institution').value ? $('institution') : $('level');
      case 'institutionLevel': return $('level');
      case 'person': return { employeeCategory: $('employeeCategory'), consecutiveEnrollmentYears: $('years'), assistanceCategory: $('assistanceCategory'), retired: $('retired'), minor: $('minor') }[rest[0]] || null;
      case 'chronicDiseaseCodes': case 'majorDiseaseCode': case 'tcmDayDiseaseCode': return $('disease');
      case 'twoDiseases': return $('twoDiseases');
      case 'remote': return $('filing');
      case 'items': return (rest.length && sent.items[Number(rest[0])] && sent.items[Number(rest[0])].field) || $('items');
      case 'priorClaims': {
        var p = rest.length ? sent.priors[Number(rest[0])] : null;
        if (!p) return $('priors');
        var f = p.fields, what = rest[1];
        if (what === 'date' || what === 'visitType') return f[what];
        if (what === 'institutionLevel' || what === 'institutionId') return f.level;
        if (what === 'items') return (rest.length > 2 && p.items[Number(rest[2])] && p.items[Number(rest[2])].field) || $(f.itemsId);
        if (/Disease/.test(what || '')) return f.disease;
        return f.box;
      }
    }
    return null;
  }

  function showError(control, code, message) {
    var zh = CODES[code] || (V.errors && V.errors[code]) || '';
    var text = (zh ? zh.replace(/。$/, '') + '：' : '') + message;
    var err = control && $(control.id + '-err');
    if (!err && control) {
      err = el('p', { class: 'err', id: (control.id || 'x' + (++seq)) + '-err' });
      if (!control.id) control.id = err.id.replace(/-err$/, '');
      control.after(err);
    }
    if (!err) err = $('form-err');
    if (err.textContent) return err;
    err.textContent = text;
    if (control && control.matches('input,select')) {
      control.setAttribute('aria-invalid', 'true');
      var d = control.getAttribute('aria-describedby');
      control.setAttribute('aria-describedby', (d ? d + ' ' : '') + err.id);
    }
    return control || err;
  }

  /** A GraphQL error's input path: extensions.field, or the variable path of a coercion error. */
  function errorPath(error) {
    var field = error.extensions && error.extensions.field;
    var path = Array.isArray(field) ? field.map(String) : [];
    if (!path.length) {
      var m = /at "input\.([^"]+)"/.exec(error.message || '');
      if (m) path = m[1].replace(/\[(\d+)\]/g, '.$1').split('.');
    }
    // Paths name the argument first ("input", "items", "2", "amount").
    return path[0] === 'input' ? path.slice(1) : path;
  }

  /** Problems the browser can see before asking: amounts, dates, the number of bills. */
  function check(s) {
    var problems = [];
    var money = function (i) { if (!MONEY.test(i.amount)) problems.push([i.field, 'INVALID_MONEY', '请填写金额，如 1234.50 (Amount in yuan, e.g. 1234.50)']); };
    var items = s.items.filter(function (i) { return i.amount !== ''; });
    items.forEach(money);
    if (!items.length) problems.push([$('items'), 'EMPTY_ITEMS', 'Give at least one amount.']);
    if (!s.date) problems.push([$('date'), 'REQUIRED', '请选择日期 (Choose the date)']);
    if (s.scheme === 'RESIDENT' && s.years && !/^[1-9]\d{0,2}$/.test(s.years)) problems.push([$('years'), 'INVALID_ENROLLMENT_YEARS', 'A whole number of at least 1.']);
    if (s.priors.length > V.maxPriorClaims) problems.push([$('priors'), 'TOO_MANY_PRIOR_CLAIMS', 'At most ' + V.maxPriorClaims + ' earlier bills.']);
    s.priors.forEach(function (p) {
      if (!p.date) problems.push([p.fields.date, 'REQUIRED', '请选择日期 (Choose the date)']);
      p.items.forEach(money);
      if (!p.items.length) problems.push([$(p.fields.itemsId), 'EMPTY_ITEMS', 'Give at least one amount.']);
    });
    return problems;
  }

  function claimOf(c, s) {
    var out = { visitType: c.visitType, date: c.date, items: [] };
    c.items.forEach(function (i, k) {
      var item = { name: enumName('FeeCategory', i.category).replace(/ .*/, '') + '费用 ' + (k + 1), category: i.category, amount: i.amount };
      if (i.tcm) item.tcm = true;
      if (i.negotiatedDrug) item.negotiatedDrug = true;
      out.items.push(item);
    });
    if (c.disease) {
      if (c.visitType === 'CHRONIC_OUTPATIENT') out.chronicDiseaseCodes = c.disease.split(/[,，\s]+/).filter(Boolean);
      else if (c.visitType === 'TCM_DAY_CLINIC') out.tcmDayDiseaseCode = c.disease;
      else if (c.visitType === 'INPATIENT' && s.scheme === 'RESIDENT') out.majorDiseaseCode = c.disease;
    }
    return out;
  }

  function toInput(s) {
    var bill = { visitType: s.visitType, date: s.date, disease: s.disease, items: s.items.filter(function (i) { return i.amount !== ''; }) };
    var input = claimOf(bill, s);
    input.city = s.city;
    input.scheme = s.scheme;
    if (s.institution) input.institutionId = s.institution; else input.institutionLevel = s.level;
    var person = {};
    if (s.scheme === 'EMPLOYEE') person.employeeCategory = s.employeeCategory;
    if (s.retired) person.retired = true;
    if (s.scheme === 'RESIDENT') { if (s.years) person.consecutiveEnrollmentYears = Number(s.years); if (s.minor) person.minor = true; }
    if (s.assistanceCategory) person.assistanceCategory = s.assistanceCategory;
    input.person = person;
    if (s.visitType === 'TWO_DISEASE_OUTPATIENT') input.twoDiseases = s.twoDiseases;
    if (s.crossProvince) input.remote = s.filing ? { crossProvince: true, filing: s.filing } : { crossProvince: true };
    if (s.priors.length) input.priorClaims = s.priors.map(function (p) { var c = claimOf(p, s); c.institutionLevel = p.level; return c; });
    s.items = bill.items;
    return input;
  }

  /* ---------- estimate and result ---------- */

  var SETTLEMENT = 'totalAmount fullSelfPayAmount preSelfPayAmount policyAmount deductible basicPoolPayment largeAmountPayment criticalIllnessPayment assistancePayment secondaryAssistancePayment fundPaymentTotal personalPayment personalAccountPayment cashPayment policyPack lines { ruleId clause layer base rate amount } trace { ruleId clause message zh: message(locale: ZH) }';
  var QUERY = 'query Estimate($input: SettlementInput!) { estimateYear(input: $input) { year priorClaimOrder settlements { ' + SETTLEMENT + ' } totals { claimCount stays totalAmount fundPaymentTotal personalPayment basicPoolPayment } } }';

  function calculate(focusOnResult) {
    clearErrors();
    var s = readForm();
    var problems = check(s);
    var url = location.pathname + '?' + toQuery(s);
    history.replaceState(null, '', url);
    $('share').href = url;
    if (problems.length) {
      var first = null;
      problems.forEach(function (p) { var c = showError(p[0], p[1], p[2]); first = first || c; });
      if (focusOnResult && first) first.focus();
      return Promise.resolve();
    }
    var input = toInput(s);
    sent = s;
    $('calculate').disabled = true;
    return gql(QUERY, { input: input }).then(function (r) {
      if (r.errors && r.errors.length) {
        var first = null;
        r.errors.forEach(function (e) { var c = showError(target(errorPath(e)), e.extensions && e.extensions.code, e.message); first = first || c; });
        if (focusOnResult && first) first.focus();
        return;
      }
      render(r.data.estimateYear, s);
      if (focusOnResult) $('result-title').focus();
    }).catch(function () {
      showError(null, '', '无法连接服务 (The service did not answer.)');
    }).finally(function () { $('calculate').disabled = false; });
  }

  function table(id, head, rows) {
    var t = $(id);
    t.replaceChildren(el('thead', {}, el('tr', {}, ...head.map(function (h) { return el('th', { scope: 'col', class: h[2] ? 'n' : null }, h[0] + ' ', el('span', { class: 'en', lang: 'en', text: h[1] })); }))));
    var body = el('tbody');
    rows.forEach(function (r) {
      var tr = el('tr', r.attrs || {});
      r.cells.forEach(function (c, i) { tr.append(el(i === 0 && r.th ? 'th' : 'td', { class: head[i][2] ? 'n' : null, scope: i === 0 && r.th ? 'row' : null, text: c })); });
      body.append(tr);
    });
    t.append(body);
  }

  function render(year, s) {
    var bill = year.settlements[year.settlements.length - 1];
    var total = fen(bill.totalAmount);
    $('headline').replaceChildren(
      el('div', {}, '医保基金支付 Funds pay ', el('strong', { 'data-amount': 'fundPaymentTotal', text: bill.fundPaymentTotal }), ' 元'),
      el('div', {}, '个人支付 You pay ', el('strong', { 'data-amount': 'personalPayment', text: bill.personalPayment }), ' 元'),
      el('div', {}, '总费用 Total ', el('strong', { 'data-amount': 'totalAmount', text: bill.totalAmount }), ' 元'));
    var bar = $('bar'), legend = $('legend'), said = [];
    bar.replaceChildren(); legend.replaceChildren();
    PARTS.forEach(function (p) {
      var f = p[1].reduce(function (sum, name) { return sum + fen(bill[name]); }, 0);
      var yuan = (f / 100).toFixed(2);
      var share = total > 0 ? Math.round((f * 1000) / total) / 10 : 0;
      if (f > 0) {
        var seg = el('span', { class: 's-' + p[0], title: p[2] + ' ' + p[3] + ' ' + yuan });
        seg.style.width = (total > 0 ? (f * 100) / total : 0) + '%';
        bar.append(seg);
        said.push(p[2] + ' ' + yuan + ' 元 (' + share + '%)');
      }
      legend.append(el('li', { 'data-part': p[0] }, el('i', { class: 's-' + p[0], 'aria-hidden': 'true' }), el('span', {}, p[2] + ' ', el('span', { class: 'en', lang: 'en', text: p[3] })), el('b', { text: yuan + ' 元 · ' + share + '%' })));
    });
    bar.setAttribute('aria-label', '谁付多少 Who pays what: ' + said.join('；'));
    table('amounts', [['项目', 'Item'], ['金额（元）', 'Yuan', true]], AMOUNTS.map(function (a) {
      return { th: true, attrs: { 'data-field': a[0] }, cells: [a[1] + ' ' + a[2], bill[a[0]]] };
    }));
    table('lines', [['规则', 'Rule'], ['条款', 'Clause'], ['层级', 'Layer'], ['基数（元）', 'Base', true], ['比例', 'Rate', true], ['支付（元）', 'Paid', true]],
      bill.lines.map(function (l) { return { cells: [l.ruleId, l.clause, LAYERS[l.layer] || l.layer, l.base, l.rate + '%', l.amount] }; }));
    table('trace', [['规则', 'Rule'], ['条款', 'Clause'], ['说明', 'Step']], bill.trace.map(function (t) {
      return { cells: [t.ruleId, t.clause, t.zh && t.zh !== t.message ? t.zh + '\n' + t.message : t.message] };
    }));
    $('yearBox').hidden = year.settlements.length < 2;
    if (year.settlements.length > 1) {
      var bills = year.priorClaimOrder.map(function (i) { return s.priors[i]; }).concat([{ date: s.date, visitType: s.visitType, current: true }]);
      var rows = year.settlements.map(function (st, i) {
        var b = bills[i];
        return { th: true, cells: [String(i + 1) + (b.current ? ' 本次 (this bill)' : ''), b.date, enumName('VisitType', b.visitType), st.totalAmount, st.fundPaymentTotal, st.personalPayment] };
      });
      rows.push({ th: true, attrs: { 'data-field': 'totals' }, cells: ['合计 Year', String(year.year), year.totals.stays + ' 次住院 stays', year.totals.totalAmount, year.totals.fundPaymentTotal, year.totals.personalPayment] });
      table('year', [['序号', '#'], ['日期', 'Date'], ['就诊', 'Visit'], ['总费用', 'Total', true], ['基金支付', 'Funds', true], ['个人支付', 'You', true]], rows);
    }
    $('result').hidden = false;
  }

  /* ---------- wiring ---------- */

  $('addItem').addEventListener('click', function () { itemRow({ category: 'CLASS_A' }).querySelector('input').focus(); });
  $('addPrior').addEventListener('click', function () { priorBox({ date: $('date').value ? $('date').value.slice(0, 4) + '-01-01' : '' }).fields.date.focus(); });
  ['scheme', 'visitType', 'crossProvince', 'institution'].forEach(function (id) { $(id).addEventListener('change', visibility); });
  $('city').addEventListener('change', function () { setInstitutions([], ''); diseaseKey = ''; visibility(); });
  $('instSearch').addEventListener('input', searchInstitutions);
  form.addEventListener('submit', function (event) { event.preventDefault(); calculate(true); });

  var query = new URLSearchParams(location.search);
  fromQuery(query).then(function () {
    visibility();
    if (query.get('items')) calculate(false);
  });
  visibility();
})();
