import { describe, expect, it } from 'vitest';
import { filenameFromContentDisposition, formatFileSize } from './download';

describe('file name from Content-Disposition', () => {
  it('prefers the RFC 5987 name, which keeps Vietnamese diacritics', () => {
    const header =
      "attachment; filename=\"Bao cao tong hop 6 thang 2026.docx\"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20h%E1%BB%A3p%206%20th%C3%A1ng%202026.docx";
    expect(filenameFromContentDisposition(header, 'x.docx')).toBe('Báo cáo tổng hợp 6 tháng 2026.docx');
  });

  it('reads filename* wherever it stands, and in any case', () => {
    expect(filenameFromContentDisposition("attachment; FILENAME*=utf-8'vi'%C4%90%C3%B4n%20%C4%91%E1%BB%91c.docx; filename=\"Don doc.docx\"", 'x')).toBe(
      'Đôn đốc.docx',
    );
  });

  it('falls back to the quoted ASCII name, with a semicolon or escaped quote inside', () => {
    expect(filenameFromContentDisposition('attachment; filename="bang; so \\"lieu\\".xlsx"', 'x')).toBe('bang; so "lieu".xlsx');
    expect(filenameFromContentDisposition('attachment; filename=bang-so-lieu.xlsx', 'x')).toBe('bang-so-lieu.xlsx');
  });

  it('decodes ISO-8859-1 extended values byte by byte', () => {
    expect(filenameFromContentDisposition("attachment; filename*=iso-8859-1'en'r%E9sum%E9.pdf", 'x')).toBe('résumé.pdf');
  });

  it('uses the fallback when the header is missing, names nothing or is malformed', () => {
    expect(filenameFromContentDisposition(null, 'bao-cao.docx')).toBe('bao-cao.docx');
    expect(filenameFromContentDisposition('attachment', 'bao-cao.docx')).toBe('bao-cao.docx');
    expect(filenameFromContentDisposition("attachment; filename*=UTF-8''%E0%A4%A.docx", 'bao-cao.docx')).toBe('bao-cao.docx');
  });

  it('never keeps folders a server put in the name', () => {
    expect(filenameFromContentDisposition('attachment; filename="../../etc/passwd"', 'x')).toBe('passwd');
    expect(filenameFromContentDisposition("attachment; filename*=UTF-8''..%5Cwin%5Cboot.ini", 'x')).toBe('boot.ini');
  });
});

describe('file sizes', () => {
  it('reads like the upload limits do', () => {
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(1536)).toBe('1,5 KB');
    expect(formatFileSize(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatFileSize(undefined)).toBe('');
  });
});
