/**
 * 附表1-2 (000): the 45 retail pharmacies designated for negotiated and tendered drugs
 * (指定零售药店), with their addresses; the guide's 三定 section says 45 家. Every row is a
 * pharmacy (PHARMACY). district: the 区/县 the address names, where it names one.
 */
import { buildInstitutionRows } from './build';
import type { InstitutionTable } from '../types';

export const NEGOTIATED_DRUG_PHARMACY_TABLE: InstitutionTable = {
  document: '000',
  table: '附表1-2',
  title: '兰州市基本医疗保险单独支付管理谈判药品和竞价药品指定零售药店名单',
  city: 'LANZHOU',
  designation: 'NEGOTIATED_DRUG',
  level: 'PHARMACY',
};

export const NEGOTIATED_DRUG_PHARMACY_ROWS = buildInstitutionRows(NEGOTIATED_DRUG_PHARMACY_TABLE, [
  { row: 1, name: '国药控股甘肃有限公司兰州慢性病管理专业药房市二院店', address: '兰州市城关区靖远路街道北滨河路 280 号', district: '城关区' },
  { row: 2, name: '国药控股甘肃有限公司兰州慢病管理专业药房', address: '七里河区南滨河路中路 221 号', district: '七里河区' },
  { row: 3, name: '国药控股甘肃有限公司兰大一院慢病管理专业药房', address: '兰州市城关区东岗东路 2618 号', district: '城关区' },
  { row: 4, name: '国药控股甘肃有限公司兰州慢病管理专业药房兰大二院店', address: '兰州市城关区临夏路萃英门 6 号 2 楼', district: '城关区' },
  { row: 5, name: '国药控股甘肃有限公司兰州慢病管理专业药房市一院店', address: '兰州市七里河区建兰路街道建兰路 004 号', district: '七里河区' },
  { row: 6, name: '国药控股甘肃有限公司兰州慢病管理专业药房省中心医院店', address: '兰州市安宁区刘家堡街道莫高大道 12 附 7 号康居小区西 11 号楼 03 号商铺', district: '安宁区' },
  { row: 7, name: '甘肃德生堂医药科技集团有限公司兰州十七店（兰州医药商场）', address: '城关区临夏路 35 号沛丰大厦一、二层 4 至 6 轴线', district: '城关区' },
  { row: 8, name: '德生堂医药科技集团有限公司兰州八十六店（陆军总院）', address: '西湖街道小西湖西街 73 号' },
  { row: 9, name: '德生堂医药股份有限公司兰州一二八店', address: '甘肃省兰州市西固福利路街道福利西路 461 号一层 001、002 室临街商铺' },
  { row: 10, name: '德生堂医药股份有限公司兰州一五三店', address: '甘肃省兰州市永登县城关镇团结街 130 号商铺', district: '永登县' },
  { row: 11, name: '德生堂医药股份有限公司兰州六十四店', address: '甘肃省兰州市榆中县城关镇栖云南路新世界商业中心临街 8 号', district: '榆中县' },
  { row: 12, name: '甘肃思派大药房有限公司', address: '城关区东岗西路 24 号', district: '城关区' },
  { row: 13, name: '重庆医药（集团）甘肃和平新健康医药连锁有限公司兰大二院店', address: '甘肃省兰州市城关区临夏路街道临夏路 307 号 1 层 011 号', district: '城关区' },
  { row: 14, name: '重庆医药（集团）甘肃和平新健康医药连锁有限公司兰大一院店', address: '甘肃省兰州市城关区东岗东路 2634 号一楼铺面', district: '城关区' },
  { row: 15, name: '重庆医药（集团）甘肃和平新健康医药连锁有限公司肿瘤医院店', address: '甘肃省兰州市七里河区西湖街道滨河中路 213 号第 1 层 003 室', district: '七里河区' },
  { row: 16, name: '重庆医药（集团）甘肃和平新健康医药连锁有限公司', address: '甘肃省兰州市安宁区莫高大道12号（刘家堡安置小区西楼11-04号二楼）', district: '安宁区' },
  { row: 17, name: '甘肃至仁同济大药房连锁有限公司八分店', address: '城关区翠英门3号', district: '城关区' },
  { row: 18, name: '甘肃至仁同济大药房连锁有限公司100分店', address: '兰州市城关区东岗西路16号', district: '城关区' },
  { row: 19, name: '甘肃至仁同济大药房连锁有限公司九十二分店', address: '甘肃省兰州市七里河区建兰路街道瓜州路520号', district: '七里河区' },
  { row: 20, name: '甘肃众友健康医药连锁有限公司第八分店', address: '城关区临夏路街道临夏路77-81号一层', district: '城关区' },
  { row: 21, name: '甘肃众友医药连锁有限公司众友健康城省院店', address: '城关区东西路226号', district: '城关区' },
  { row: 22, name: '兰州惠仁堂药业连锁有限责任公司新特药房', address: '城关区临夏路街道萃英门1号', district: '城关区' },
  { row: 23, name: '兰州惠仁堂药业连锁有限公司兰新店', address: '甘肃省兰州市城关区东岗东路1681号20-1102A', district: '城关区' },
  { row: 24, name: '兰州惠仁堂药业连锁有限责任公司兰石店', address: '甘肃省兰州市兰州新区白龙江街F1-30/F1-31', district: '兰州新区' },
  { row: 25, name: '兰州惠仁堂药业连锁有限责任公司华光广场店', address: '甘肃省兰州市榆中县城关镇兴隆路160号-6-2号', district: '榆中县' },
  { row: 26, name: '兰州惠仁堂药业连锁有限责任公司安宁分店', address: '甘肃省兰州市安宁区安宁西路53号', district: '安宁区' },
  { row: 27, name: '兰州惠仁堂药业连锁有限责任公司海石湾龙泽园店', address: '甘肃省兰州市红古区海石湾龙泽园壹号103-1商铺', district: '红古区' },
  { row: 28, name: '兰州惠仁堂药业连锁有限责任公司皋兰店', address: '甘肃省兰州市皋兰县营辰花园商铺2号', district: '皋兰县' },
  { row: 29, name: '兰州惠仁堂药业连锁有限责任公司西固顶好商场分店', address: '甘肃省兰州市西固区福利西路78-1', district: '西固区' },
  { row: 30, name: '兰州仁友医药有限责任公司兰大一院店', address: '兰州市城关区东岗西路4-52号01室', district: '城关区' },
  { row: 31, name: '兰州仁友医药有限责任公司', address: '兰州市七里河区西湖街道滨河中路215号第一层002室', district: '七里河区' },
  { row: 32, name: '兰州仁友医药有限责任公司兰大二院店', address: '甘肃省兰州市城关区临夏路103号1幢1层临街铺面', district: '城关区' },
  { row: 33, name: '甘肃快康大药房连锁有限责任公司一分店', address: '兰州市城关区盐场路1712号', district: '城关区' },
  { row: 34, name: '甘肃快康大药房连锁有限责任公司二分店', address: '兰州市城关区渭源路街道东岗西路4-52号1-2层商铺', district: '城关区' },
  { row: 35, name: '甘肃济德堂医药有限公司临夏路店', address: '甘肃省兰州市城关区临夏路319—005层01号', district: '城关区' },
  { row: 36, name: '兰州百诺康医药有限责任公司', address: '兰州市城关区渭源路街道东岗西路4-52号', district: '城关区' },
  { row: 37, name: '兰州普惠诚品医药有限公司', address: '兰州市城关区雁西路1825号', district: '城关区' },
  { row: 38, name: '甘肃心连心药品连锁经营有限公司兰州总店', address: '甘肃省兰州市城关区城关区静宁路189号', district: '城关区' },
  { row: 39, name: '甘肃心连心药品连锁经营有限公司永登药店', address: '甘肃省兰州市永登县城关镇民主街1号', district: '永登县' },
  { row: 40, name: '佛慈大药房连锁（兰州）有限责任公司萃英门店', address: '甘肃省兰州市城关区临夏路街道萃英门82号一、二层', district: '城关区' },
  { row: 41, name: '佛慈大药房连锁（兰州）有限责任公司皋兰三汇小区店', address: '甘肃省兰州市皋兰县石洞镇茗藩大道1216号商铺（三汇小区西门）', district: '皋兰县' },
  { row: 42, name: '佛慈大药房连锁（兰州）有限公司瓜州路店', address: '甘肃省兰州市七里河区建兰路街道瓜州路500号第3单元1层101室', district: '七里河区' },
  { row: 43, name: '佛慈大药房连锁（兰州）有限公司西站店', address: '甘肃省兰州市七里河区西津西路天地缘大厦23-38轴一楼东', district: '七里河区' },
  { row: 44, name: '佛慈大药房连锁（兰州）有限公司肿瘤医院店', address: '甘肃省兰州市七里河区西湖街道小西湖东街7号', district: '七里河区' },
  { row: 45, name: '甘肃京东大药房有限公司兰州东岗西路分店', address: '甘肃省兰州市城关区渭源路街道东岗西路24号独立商铺1层102室', district: '城关区' },
]);
