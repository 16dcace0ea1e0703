"""Graphic pictures: posters, an infographic, a banner, a route map and a bar chart."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from .paint import add_grain, draw_text, hgradient, vgradient


def fake_qr(rng: random.Random, modules: int = 29, cell: int = 10) -> Image.Image:
    img = Image.new("RGB", (modules * cell, modules * cell), "white")
    draw = ImageDraw.Draw(img)
    for y in range(modules):
        for x in range(modules):
            if rng.random() < 0.5:
                draw.rectangle(
                    (x * cell, y * cell, (x + 1) * cell - 1, (y + 1) * cell - 1), fill="black"
                )
    for ox, oy in ((0, 0), (modules - 7, 0), (0, modules - 7)):
        box = (ox * cell, oy * cell, (ox + 7) * cell - 1, (oy + 7) * cell - 1)
        draw.rectangle(box, fill="white")
        draw.rectangle(box, outline="black", width=cell)
        draw.rectangle(
            (box[0] + 2 * cell, box[1] + 2 * cell, box[2] - 2 * cell, box[3] - 2 * cell),
            fill="black",
        )
    return img


def qr_poster(size, rng: random.Random) -> Image.Image:
    w, h = size
    img = vgradient(size, (24, 92, 180), (70, 150, 230))
    draw = ImageDraw.Draw(img)
    draw_text(draw, (w // 2, 90), "扫码预约户籍业务", 54, (255, 255, 255), "mm")
    draw_text(draw, (w // 2, 160), "身份证办理 · 临时身份证 · 户口迁移", 28, (220, 236, 255), "mm")
    draw.rounded_rectangle((80, 220, w - 80, h - 170), radius=28, fill=(255, 255, 255))
    qr = fake_qr(rng).resize((420, 420), Image.Resampling.NEAREST)
    img.paste(qr, ((w - 420) // 2, 280))
    draw_text(draw, (w // 2, 750), "微信扫一扫  进入“平原公安政务服务”", 26, (60, 60, 60), "mm")
    draw_text(draw, (w // 2, 792), "选择“户政业务—身份证办理”", 26, (60, 60, 60), "mm")
    draw_text(draw, (w // 2, h - 110), "咨询电话：0531-87228901", 30, (255, 255, 255), "mm")
    draw_text(draw, (w // 2, h - 60), "清河县公安局", 26, (220, 236, 255), "mm")
    return add_grain(img, rng, 3)


def infographic(size, rng: random.Random) -> Image.Image:
    w, h = size
    img = vgradient(size, (255, 246, 232), (255, 236, 214))
    draw = ImageDraw.Draw(img)
    img.paste(vgradient((w, 300), (214, 52, 38), (236, 104, 52)), (0, 0))
    draw = ImageDraw.Draw(img)
    draw_text(draw, (w // 2, 110), "一图读懂", 64, (255, 238, 170), "mm")
    draw_text(draw, (w // 2, 200), "平原市住房公积金新政", 60, (255, 255, 255), "mm")
    draw_text(draw, (w // 2, 265), "2026年12月1日起施行", 30, (255, 230, 210), "mm")
    items = [
        ("提高贷款最高额度", "家庭首套 60万元 → 80万元", "单身首套 40万元 → 50万元"),
        ("支持多子女家庭", "额度上浮20%，最高可贷96万元", "可贷倍数 15倍 → 20倍"),
        ("支持绿色建筑", "二星级以上绿色、装配式住房", "额度上浮10%，最高100万元"),
        ("扩大提取范围", "可提取支付首付款、加装电梯", "租房提取 每年15000元"),
        ("优化还款方式", "推行“商转公”贷款", "可按月委托提取还贷"),
    ]
    for i, (head, line1, line2) in enumerate(items):
        top = 340 + i * 290
        draw.rounded_rectangle((60, top, w - 60, top + 250), radius=24, fill=(255, 255, 255))
        draw.ellipse((90, top + 30, 170, top + 110), fill=(214, 52, 38))
        draw_text(draw, (130, top + 70), str(i + 1), 44, (255, 255, 255), "mm")
        draw_text(draw, (200, top + 70), head, 44, (180, 40, 30), "lm")
        draw_text(draw, (110, top + 155), line1, 34, (60, 60, 60), "lm")
        draw_text(draw, (110, top + 205), line2, 34, (60, 60, 60), "lm")
    draw_text(draw, (w // 2, h - 70), "服务热线：12329", 34, (180, 40, 30), "mm")
    return add_grain(img, rng, 3)


def banner(size, rng: random.Random) -> Image.Image:
    w, h = size
    img = hgradient(size, (200, 20, 30), (248, 128, 36))
    draw = ImageDraw.Draw(img)
    for k in range(8):
        x = int(w * 0.72) + k * 46
        draw.polygon([(x, 0), (x + 22, 0), (x - 40, h), (x - 62, h)], fill=(255, 160, 80))
    draw_text(draw, (40, h // 2), "2026清河半程马拉松", 46, (255, 255, 255), "lm")
    draw_text(draw, (500, h // 2), "11月29日 7:30 鸣枪开跑", 34, (255, 238, 170), "lm")
    return add_grain(img, rng, 3)


def route_map(size, rng: random.Random) -> Image.Image:
    w = size[0]
    img = Image.new("RGB", size, (242, 239, 230))
    draw = ImageDraw.Draw(img)
    draw.line(
        [(0, 500), (260, 470), (520, 520), (780, 490), (w, 530)], fill=(150, 196, 230), width=46
    )
    draw.ellipse((800, 560, 1010, 700), fill=(150, 196, 230))
    draw.rectangle((760, 540, 1050, 730), outline=(120, 170, 110), width=4)
    roads = {
        "府前街": [(60, 220), (460, 220)],
        "人民路": [(420, 120), (420, 640)],
        "建设路": [(420, 360), (720, 360)],
        "迎宾大道": [(720, 120), (720, 640)],
        "学府路": [(720, 250), (1040, 250)],
        "文化路": [(200, 100), (200, 740)],
        "北环路": [(40, 80), (1040, 80)],
    }
    for points in roads.values():
        draw.line(points, fill=(190, 186, 176), width=22)
        draw.line(points, fill=(255, 255, 255), width=16)
    draw.line([(60, 580), (760, 580)], fill=(255, 255, 255), width=16)
    route = [
        (130, 220),
        (420, 220),
        (420, 580),
        (760, 580),
        (800, 630),
        (905, 700),
        (1010, 630),
        (905, 560),
    ]
    route += [(720, 520), (720, 360), (420, 360), (420, 220), (130, 220)]
    draw.line(route, fill=(218, 36, 36), width=8, joint="curve")
    draw.ellipse((100, 190, 160, 250), fill=(218, 36, 36))
    draw_text(draw, (130, 220), "起终", 20, (255, 255, 255), "mm")
    labels = [
        ("府前街", (290, 196)),
        ("人民路", (450, 300)),
        ("建设路", (570, 338)),
        ("迎宾大道", (760, 200)),
        ("学府路", (900, 228)),
        ("文化路", (160, 420)),
        ("北环路", (560, 60)),
        ("滨河大道", (600, 604)),
        ("清河大桥", (470, 470)),
        ("湿地公园", (905, 740)),
        ("文化广场", (130, 270)),
        ("清河", (300, 470)),
    ]
    for text, xy in labels:
        draw_text(draw, xy, text, 22, (70, 70, 70), "mm")
    draw.rectangle((820, 90, 1060, 200), fill=(255, 255, 255), outline=(160, 160, 160))
    draw.line((840, 120, 900, 120), fill=(218, 36, 36), width=8)
    draw_text(draw, (912, 120), "比赛路线", 20, (60, 60, 60), "lm")
    draw.line((840, 165, 900, 165), fill=(255, 255, 255), width=14)
    draw.line((840, 165, 900, 165), fill=(190, 186, 176), width=2)
    draw_text(draw, (912, 165), "绕行道路", 20, (60, 60, 60), "lm")
    draw.polygon([(1030, 300), (1015, 345), (1045, 345)], fill=(60, 60, 60))
    draw_text(draw, (1030, 365), "北", 20, (60, 60, 60), "mm")
    return img


def health_poster(size, rng: random.Random) -> Image.Image:
    w, h = size
    img = vgradient(size, (222, 240, 255), (196, 226, 250))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, w, 150), fill=(30, 110, 200))
    draw_text(draw, (w // 2, 60), "冬季呼吸道疾病", 44, (255, 255, 255), "mm")
    draw_text(draw, (w // 2, 115), "防护要点", 40, (255, 236, 150), "mm")
    rows = [
        ("勤洗手", "流动水下洗手不少于20秒"),
        ("常通风", "每天开窗2到3次，每次30分钟"),
        ("戴口罩", "人员密集场所科学佩戴"),
        ("早接种", "流感疫苗每年接种一次"),
    ]
    for i, (head, body) in enumerate(rows):
        top = 190 + i * 165
        draw.rounded_rectangle((40, top, w - 40, top + 140), radius=20, fill=(255, 255, 255))
        draw.ellipse((64, top + 30, 144, top + 110), fill=(30, 110, 200))
        draw_text(draw, (104, top + 70), str(i + 1), 40, (255, 255, 255), "mm")
        draw_text(draw, (170, top + 48), head, 36, (30, 80, 150), "lm")
        draw_text(draw, (170, top + 100), body, 24, (80, 80, 80), "lm")
    draw_text(draw, (w // 2, h - 30), "清河县卫生健康局", 24, (30, 80, 150), "mm")
    return img


def bar_chart(size) -> Image.Image:
    w, h = size
    img = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(img)
    draw_text(draw, (w // 2, 44), "1—10月全县主要经济指标同比增速（%）", 32, (40, 40, 40), "mm")
    data = [
        ("进出口总额", 12.6),
        ("金融机构存款余额", 8.4),
        ("规上工业增加值", 8.1),
        ("固定资产投资", 6.8),
        ("社会消费品零售总额", 5.8),
        ("一般公共预算收入", 4.9),
    ]
    left, right, top = 300, w - 80, 110
    step = (h - top - 90) // len(data)
    scale = (right - left) / 14
    for v in range(0, 15, 2):
        x = left + int(v * scale)
        draw.line((x, top - 10, x, h - 80), fill=(226, 226, 226), width=1)
        draw_text(draw, (x, h - 60), str(v), 20, (120, 120, 120), "mm")
    for i, (name, value) in enumerate(data):
        y = top + i * step + step // 2
        draw_text(draw, (left - 16, y), name, 24, (60, 60, 60), "rm")
        color = (212, 60, 48) if i == 0 else (40, 110, 190)
        draw.rectangle((left, y - step // 4, left + int(value * scale), y + step // 4), fill=color)
        draw_text(draw, (left + int(value * scale) + 10, y), f"{value}", 24, color, "lm")
    draw.line((left, top - 10, left, h - 80), fill=(120, 120, 120), width=2)
    draw_text(draw, (w - 20, h - 24), "数据来源：清河县统计局", 18, (150, 150, 150), "rm")
    return img
